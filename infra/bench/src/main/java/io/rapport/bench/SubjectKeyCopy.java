package io.rapport.bench;

import io.rapport.command.app.privacy.Subject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * The data subjects' keys written ahead of their events with binary {@code COPY}, one row per
 * subject as the application's key store makes it on first use (a random id, a random AES-256 key):
 * the serializer then finds each key with one query instead of looking, inserting and reading
 * again, three round trips for every story.
 */
final class SubjectKeyCopy {

  private static final String COPY =
      "copy subject_keys (key_id, subject_id, owner_id, key_bytes) from stdin with (format binary)";
  private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', -1, '\r', '\n', 0};
  private static final int KEY_BYTES = 32;

  private final Connection connection;
  private final SecureRandom random = new SecureRandom();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final DataOutputStream rows = new DataOutputStream(buffer);
  private int pending;

  SubjectKeyCopy(Connection connection) {
    this.connection = connection;
  }

  /** A new key for the subject, held until {@link #send()}. */
  void add(Subject subject) throws IOException {
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(key);
    rows.writeShort(4);
    bytes(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    bytes(subject.id().getBytes(StandardCharsets.UTF_8));
    bytes(subject.ownerId().getBytes(StandardCharsets.UTF_8));
    bytes(key);
    pending++;
  }

  /** Sends the held keys in one {@code COPY}, in the connection's current transaction. */
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

  private void bytes(byte[] value) throws IOException {
    rows.writeInt(value.length);
    rows.write(value);
  }
}
