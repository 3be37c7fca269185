package io.rapport.infra.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes an earlier run left behind when it was killed before it could stop them: each server
 * records its process id in its data folder (PostgreSQL in {@code postmaster.pid}, Keycloak in
 * {@code keycloak.pid}), and the next start stops a process found there that is still running with
 * the expected command, before it starts its own. Only the owner of the data folder's lock (see
 * {@link DataDirectoryLock}) does so, so the process cannot belong to a running application.
 */
public final class Leftovers {

  private static final Logger log = LoggerFactory.getLogger(Leftovers.class);

  private Leftovers() {}

  /**
   * Stops the process whose id is the first line of {@code pidFile}, with its descendants, if it
   * still runs and its command line contains {@code commandMarker}: gracefully, then forcibly after
   * {@code grace}.
   *
   * @return whether a process was stopped
   */
  public static boolean stopRecorded(Path pidFile, String commandMarker, Duration grace) {
    Optional<ProcessHandle> leftover =
        recordedPid(pidFile)
            .flatMap(ProcessHandle::of)
            .filter(ProcessHandle::isAlive)
            .filter(p -> p.pid() != ProcessHandle.current().pid())
            .filter(p -> commandLine(p).contains(commandMarker));
    if (leftover.isEmpty()) {
      return false;
    }
    ProcessHandle process = leftover.get();
    log.warn(
        "Stopping {} (pid {}) left running by an earlier run that was killed: {}",
        commandMarker,
        process.pid(),
        pidFile);
    stopTree(process, grace);
    return true;
  }

  /** Records a process id where {@link #stopRecorded} looks for it. */
  public static void record(Path pidFile, long pid) {
    try {
      Files.writeString(pidFile, pid + System.lineSeparator(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      log.warn("Cannot record pid {} in {}: {}", pid, pidFile, e.toString());
    }
  }

  /** Stops a process and its descendants: asked first, killed after {@code grace}. */
  public static void stopTree(ProcessHandle root, Duration grace) {
    List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
    tree.add(0, root);
    root.destroy();
    if (!awaitExit(tree.subList(0, 1), grace)) {
      log.warn("pid {} did not stop within {}; killing it", root.pid(), grace);
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    awaitExit(tree, Duration.ofSeconds(10));
  }

  /** The process id on the first line of a pid file, if there is one. */
  public static Optional<Long> recordedPid(Path pidFile) {
    try {
      if (!Files.isRegularFile(pidFile)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String commandLine(ProcessHandle process) {
    try {
      // /proc gives the full command line, where ProcessHandle.Info may leave the arguments out
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
      return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
    } catch (IOException | RuntimeException e) {
      return process.info().commandLine().orElse("");
    }
  }

  private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (ProcessHandle process : processes) {
      try {
        process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        return false;
      } catch (ExecutionException e) {
        return !process.isAlive();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
