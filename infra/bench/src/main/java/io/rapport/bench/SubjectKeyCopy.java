package io.rapport.bench;

import io.rapport.command.app.privacy.Subject;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The data subjects' keys written ahead of their events with binary {@code COPY} ({@link
 * BinaryCopy}), one row per subject as the application's key store makes it on first use (a random
 * id, a random AES-256 key): the serializer then finds each key with one query instead of looking,
 * inserting and reading again, three round trips for every story.
 */
final class SubjectKeyCopy {

  private static final int KEY_BYTES = 32;

  private final BinaryCopy copy;
  private final SecureRandom random = new SecureRandom();

  SubjectKeyCopy(Connection connection) {
    this.copy =
        new BinaryCopy(
            connection,
            "copy subject_keys (key_id, subject_id, owner_id, key_bytes)"
                + " from stdin with (format binary)");
  }

  /** A new key for the subject, held until {@link #send()}. */
  void add(Subject subject) throws IOException {
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(key);
    copy.row(4)
        .text(UUID.randomUUID().toString())
        .text(subject.id())
        .text(subject.ownerId())
        .bytes(key);
  }

  /** Sends the held keys in one {@code COPY}, in the connection's current transaction. */
  void send() throws SQLException, IOException {
    copy.send();
  }
}
