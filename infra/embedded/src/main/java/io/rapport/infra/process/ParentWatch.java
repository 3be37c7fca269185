package io.rapport.infra.process;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a process group when this JVM ends, however it ends ({@code kill -9} included, when no
 * shutdown hook runs): a small bash process waits on a pipe from this JVM, which the kernel closes
 * when the JVM dies, then signals the group, waits, and kills what is left. {@link #close()} closes
 * the pipe on purpose, once the JVM has stopped the group itself or no longer needs it.
 */
public final class ParentWatch implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ParentWatch.class);

  // $1 the process to signal first, $2 the signal, $3 the process group, $4 tenths of a second
  private static final String SCRIPT =
      """
      trap '' INT HUP
      read -r _
      kill -s "$2" -- "$1" 2>/dev/null
      i=0
      while kill -0 -- "-$3" 2>/dev/null; do
        i=$((i + 1))
        if [ "$i" -ge "$4" ]; then kill -s KILL -- "-$3" 2>/dev/null; exit 0; fi
        sleep 0.1
      done
      """;

  private final Process watcher;
  private final OutputStream pipe;

  private ParentWatch(Process watcher) {
    this.watcher = watcher;
    this.pipe = watcher.getOutputStream();
  }

  /**
   * Watches a process group that leads itself ({@code setsid}): on this JVM's end, {@code signal}
   * goes to {@code first} (the group's leader, or {@code -group} for all of it), and whatever of
   * the group still runs after {@code grace} is killed.
   *
   * @param name for the log
   */
  public static ParentWatch stopGroupOnExit(
      String name, String first, String signal, long group, Duration grace) {
    List<String> command =
        List.of(
            "bash", // its kill takes process groups; dash's does not
            "-c",
            SCRIPT,
            "rapport-watch-" + name,
            first,
            signal,
            Long.toString(group),
            Long.toString(Math.max(1, grace.toMillis() / 100)));
    try {
      Process watcher =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      log.debug("Watching {} (group {}) from pid {}", name, group, watcher.pid());
      return new ParentWatch(watcher);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot watch " + name, e);
    }
  }

  /** The watching process, for tests. */
  ProcessHandle watcher() {
    return watcher.toHandle();
  }

  /** Lets the watcher act now: it stops the group if anything of it still runs, then ends. */
  @Override
  public void close() {
    try {
      pipe.close();
    } catch (IOException e) {
      log.debug("Closing the watch pipe: {}", e.toString());
    }
  }
}
