package io.rapport.query.app.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit key as configured, or else as kept in its file, which is made with a random key the
 * first time (for the embedded run, whose data folder holds it beside, not inside, MongoDB's).
 */
final class AuditKeyFile {

  private static final Logger log = LoggerFactory.getLogger(AuditKeyFile.class);
  private static final int NEW_KEY_BYTES = 32;

  private AuditKeyFile() {}

  static AuditKey resolve(AuditSigningProperties properties) {
    if (properties.configured()) {
      return AuditKey.fromHex(properties.signingKey().strip(), "rapport.audit.signing-key");
    }
    Path file = properties.signingKeyFile();
    if (file == null) {
      throw new IllegalStateException(
          "no audit signing key: set rapport.audit.signing-key or rapport.audit.signing-key-file");
    }
    try {
      if (Files.notExists(file)) {
        create(file);
      }
      return AuditKey.fromHex(Files.readString(file, StandardCharsets.US_ASCII).strip(), "" + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or make the audit signing key " + file, e);
    }
  }

  /** Writes a new random key, whole or not at all: a crash leaves no half-written key behind. */
  private static void create(Path file) throws IOException {
    byte[] key = new byte[NEW_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    // on POSIX file systems a temporary file is readable and writable by its owner only
    Path draft = Files.createTempFile(folder, ".audit-key-", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(draft, StandardOpenOption.WRITE)) {
        channel.write(
            ByteBuffer.wrap(
                (HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII)));
        channel.force(true);
      }
      try {
        Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(draft, file);
      }
    } catch (FileAlreadyExistsException e) {
      return; // made meanwhile: that one is read
    } finally {
      Files.deleteIfExists(draft);
    }
    log.info(
        "Made a new audit signing key in {}: keep it with the data, outside MongoDB; every node"
            + " must use the same key (rapport.audit.signing-key)",
        file);
  }
}
