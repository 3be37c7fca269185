package io.rapport.infra.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The requests the application answered 500, as its own logs tell them: each {@code Request …
 * failed} line with the start of its stack trace, so that a violation in a report explains itself
 * without the logs at hand.
 */
final class LoggedFailures {

  private static final String FAILED_REQUEST = "Request ";
  private static final int LINES_PER_FAILURE = 40;
  private static final int FAILURES = 3;
  private static final int FIRST_LINES = 4;

  /** A log entry starts with its date; the lines of a stack trace do not. */
  private static final Pattern NEXT_ENTRY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private LoggedFailures() {}

  /** The first few failed requests in the logs of the folder, oldest log first. */
  static List<String> in(Path logDir) {
    List<String> failures = new ArrayList<>();
    if (!Files.isDirectory(logDir)) {
      return failures;
    }
    try (Stream<Path> logs = Files.list(logDir)) {
      for (Path log : logs.sorted().toList()) {
        collect(Files.readAllLines(log), log.getFileName().toString(), failures);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return failures;
  }

  private static void collect(List<String> lines, String log, List<String> failures) {
    for (int i = 0; i < lines.size() && failures.size() < FAILURES; i++) {
      String line = lines.get(i);
      if (line.contains(" ERROR ") && line.contains(FAILED_REQUEST) && line.contains(" failed")) {
        failures.add(log + ":\n" + trace(lines, i));
      }
    }
  }

  /**
   * The entry's first lines and each cause with the first lines of its stack: what says why,
   * without the frames in between.
   */
  private static String trace(List<String> lines, int entry) {
    StringBuilder trace = new StringBuilder();
    int kept = 0;
    int keepUntil = entry + FIRST_LINES;
    for (int j = entry; j < lines.size() && kept < LINES_PER_FAILURE; j++) {
      String line = lines.get(j);
      if (j > entry && NEXT_ENTRY.matcher(line).lookingAt()) {
        break;
      }
      if (line.startsWith("Caused by:")) {
        keepUntil = j + FIRST_LINES;
      }
      if (j < keepUntil) {
        trace.append("    ").append(line).append('\n');
        kept++;
      }
    }
    return trace.toString();
  }
}
