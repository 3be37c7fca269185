package io.rapport.infra.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One application at a time on a data folder: an exclusive lock on {@code rapport.lock} in it, held
 * while the application runs and released by the kernel when its process ends, however it ends.
 * Whoever holds it may stop what an earlier run left behind there (see {@link Leftovers}).
 */
public final class DataDirectoryLock implements AutoCloseable {

  private static final String FILE = "rapport.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the folder's lock (creating the folder when missing).
   *
   * @throws IllegalStateException when another process holds it
   */
  public static DataDirectoryLock acquire(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      Path file = dataDirectory.resolve(FILE);
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String holder = Files.readString(file, StandardCharsets.US_ASCII).trim();
        channel.close();
        throw new IllegalStateException(
            "Another Rapport (pid "
                + (holder.isEmpty() ? "unknown" : holder)
                + ") runs on the data folder "
                + dataDirectory.toAbsolutePath()
                + ": stop it first, or give this one another folder (RAPPORT_DATA_DIR)");
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + System.lineSeparator())
                  .getBytes(StandardCharsets.US_ASCII)),
          0);
      return new DataDirectoryLock(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock the data folder " + dataDirectory, e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      return null;
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
