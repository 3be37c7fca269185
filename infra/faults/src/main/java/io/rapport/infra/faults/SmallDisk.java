package io.rapport.infra.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A folder on a disk of its own, of a fixed size (a tmpfs mount; needs root), that the harness can
 * fill to the last byte and empty again: the application's data folder when the disk-full fault
 * runs.
 */
final class SmallDisk implements AutoCloseable {

  private final Path mountPoint;
  private final Path filler;

  private SmallDisk(Path mountPoint) {
    this.mountPoint = mountPoint;
    this.filler = mountPoint.resolve("filler");
  }

  /** Mounts a tmpfs of the given size on the folder (created when missing). */
  static SmallDisk mount(Path mountPoint, int megabytes) throws IOException {
    Files.createDirectories(mountPoint);
    run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", mountPoint.toString());
    return new SmallDisk(mountPoint);
  }

  /** Writes a file until the disk has no byte left. */
  void fill() throws IOException {
    byte[] block = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      if (!String.valueOf(full.getMessage()).contains("No space left")) {
        throw full;
      }
    }
  }

  /** Gives the space back. */
  void empty() throws IOException {
    Files.deleteIfExists(filler);
  }

  @Override
  public void close() throws IOException {
    run("umount", "-l", mountPoint.toString());
  }

  private static void run(String... command) throws IOException {
    Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(
            String.join(" ", command)
                + " failed: "
                + new String(process.getInputStream().readAllBytes()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
