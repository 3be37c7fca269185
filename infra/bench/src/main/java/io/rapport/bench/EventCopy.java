package io.rapport.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows of the event table sent with PostgreSQL's binary {@code COPY}: one statement for many
 * thousand events, where single-row inserts cost a round trip each. The identity column numbers
 * them in the order they are sent, as it numbers the application's inserts.
 */
final class EventCopy {

  private static final String COPY =
      "copy domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
          + " time_stamp, payload_type, payload_revision, payload, meta_data)"
          + " from stdin with (format binary)";
  private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', -1, '\r', '\n', 0};
  private static final short COLUMNS = 9;

  private final Connection connection;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 << 20);
  private final DataOutputStream rows = new DataOutputStream(buffer);
  private int pending;

  EventCopy(Connection connection) {
    this.connection = connection;
  }

  /** One event, held until {@link #send()}. */
  void add(
      String eventId,
      String aggregateId,
      long sequence,
      String aggregateType,
      String timestamp,
      String payloadType,
      String payloadRevision,
      byte[] payload,
      byte[] metaData)
      throws IOException {
    rows.writeShort(COLUMNS);
    text(eventId);
    text(aggregateId);
    rows.writeInt(Long.BYTES);
    rows.writeLong(sequence);
    text(aggregateType);
    text(timestamp);
    text(payloadType);
    text(payloadRevision);
    bytes(payload);
    bytes(metaData);
    pending++;
  }

  /** Sends the held events in one {@code COPY}, in the connection's current transaction. */
  void send() throws SQLException, IOException {
    if (pending == 0) {
      return;
    }
    ByteArrayOutputStream whole = new ByteArrayOutputStream(buffer.size() + 32);
    DataOutputStream out = new DataOutputStream(whole);
    out.write(SIGNATURE);
    out.writeInt(0); // flags
    out.writeInt(0); // header extension
    buffer.writeTo(out);
    out.writeShort(-1);
    connection
        .unwrap(PGConnection.class)
        .getCopyAPI()
        .copyIn(COPY, new ByteArrayInputStream(whole.toByteArray()));
    buffer.reset();
    pending = 0;
  }

  private void text(String value) throws IOException {
    bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  private void bytes(byte[] value) throws IOException {
    if (value == null) {
      rows.writeInt(-1);
    } else {
      rows.writeInt(value.length);
      rows.write(value);
    }
  }
}
