package io.rapport.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows of the event table sent with binary {@code COPY} ({@link BinaryCopy}). The identity column
 * numbers them in the order they are sent, as it numbers the application's inserts.
 */
final class EventCopy {

  private final BinaryCopy copy;

  EventCopy(Connection connection) {
    this.copy =
        new BinaryCopy(
            connection,
            "copy domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
                + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                + " from stdin with (format binary)");
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
    copy.row(9)
        .text(eventId)
        .text(aggregateId)
        .int8(sequence)
        .text(aggregateType)
        .text(timestamp)
        .text(payloadType)
        .text(payloadRevision)
        .bytes(payload)
        .bytes(metaData);
  }

  /** Sends the held events in one {@code COPY}, in the connection's current transaction. */
  void send() throws SQLException, IOException {
    copy.send();
  }
}
