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
 * Rows for PostgreSQL's binary {@code COPY … FROM STDIN}, held in memory and sent in one statement:
 * many thousand rows for one round trip, where single-row inserts cost one each.
 */
final class BinaryCopy {

  private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', -1, '\r', '\n', 0};

  private final Connection connection;
  private final String copy;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
  private final DataOutputStream rows = new DataOutputStream(buffer);
  private int pending;

  /**
   * @param copy the statement, {@code copy <table> (<columns>) from stdin with (format binary)}
   */
  BinaryCopy(Connection connection, String copy) {
    this.connection = connection;
    this.copy = copy;
  }

  /** Starts a row of that many columns, whose values follow in order. */
  BinaryCopy row(int columns) throws IOException {
    rows.writeShort(columns);
    pending++;
    return this;
  }

  BinaryCopy text(String value) throws IOException {
    return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  BinaryCopy int8(long value) throws IOException {
    rows.writeInt(Long.BYTES);
    rows.writeLong(value);
    return this;
  }

  /** A {@code bytea} value, or SQL null. */
  BinaryCopy bytes(byte[] value) throws IOException {
    if (value == null) {
      rows.writeInt(-1);
    } else {
      rows.writeInt(value.length);
      rows.write(value);
    }
    return this;
  }

  /** Sends the held rows in one {@code COPY}, in the connection's current transaction. */
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
        .copyIn(copy, new ByteArrayInputStream(whole.toByteArray()));
    buffer.reset();
    pending = 0;
  }
}
