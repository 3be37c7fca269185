package io.rapport.bench;

import io.gatling.app.Gatling$;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one Gatling simulation in this JVM and reads its statistics back from the statistics table
 * of the HTML report it wrote (whose charts show latency percentiles and throughput over time).
 */
final class GatlingRun {

  private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
  private static final Pattern CELL =
      Pattern.compile("<td class=\"value \\w+ col-(\\d+)\">([^<]*)</td>");

  private GatlingRun() {}

  static Result run(Class<?> simulation, Path out) throws IOException {
    Path results = out.resolve("gatling");
    Files.createDirectories(results);
    int status =
        Gatling$.MODULE$.fromArgs(
            new String[] {
              "-s", simulation.getName(), "-rf", results.toAbsolutePath().toString(), "-l", "bench"
            });
    if (status != 0) {
      System.out.println("  (" + simulation.getSimpleName() + " reported failed requests)");
    }
    Path report = latestReport(results, simulation.getSimpleName().toLowerCase());
    return new Result(report, rows(Files.readString(report.resolve("index.html"))));
  }

  /** The statistics table: one row per request name, "All Requests" first. */
  private static Map<String, Stats> rows(String html) {
    Map<String, Stats> rows = new HashMap<>();
    for (String row : html.split("<tr id=\"")) {
      Matcher name = NAME.matcher(row);
      if (!name.find()) {
        continue;
      }
      Map<Integer, Double> cells = new HashMap<>();
      Matcher cell = CELL.matcher(row);
      while (cell.find()) {
        String value = cell.group(2).trim().replace(",", "");
        cells.put(
            Integer.parseInt(cell.group(1)), value.equals("-") ? 0 : Double.parseDouble(value));
      }
      if (!cells.isEmpty()) {
        rows.putIfAbsent(name.group(1).trim(), new Stats(cells));
      }
    }
    return rows;
  }

  private static Path latestReport(Path results, String prefix) throws IOException {
    try (Stream<Path> runs = Files.list(results)) {
      return runs.filter(path -> path.getFileName().toString().startsWith(prefix))
          .max(Comparator.comparing(path -> path.getFileName().toString()))
          .orElseThrow(() -> new IllegalStateException("No Gatling report in " + results));
    }
  }

  /** A simulation's report: its folder and the statistics of its requests. */
  record Result(Path report, Map<String, Stats> rows) {

    Stats all() {
      return request("All Requests");
    }

    Stats request(String name) {
      Stats stats = rows.get(name);
      if (stats == null) {
        throw new IllegalStateException("No request named " + name + " in " + report);
      }
      return stats;
    }

    Path index() {
      return report.resolve("index.html");
    }
  }

  /**
   * One row of Gatling's statistics table: requests (total, OK, KO), requests per second, then
   * response times in ms: min, 50th, 75th, 95th, 99th percentile, max, mean.
   */
  record Stats(Map<Integer, Double> cells) {

    long ok() {
      return cells.getOrDefault(3, 0.0).longValue();
    }

    long failed() {
      return cells.getOrDefault(4, 0.0).longValue();
    }

    /** Requests per second, all of them; {@link #failed()} says how many failed. */
    double perSecond() {
      return cells.getOrDefault(6, 0.0);
    }

    /** Successful requests per second. */
    double okPerSecond() {
      double all = ok() + failed();
      return all == 0 ? 0 : perSecond() * ok() / all;
    }

    double p50() {

      return cells.getOrDefault(8, 0.0);
    }

    double p99() {
      return cells.getOrDefault(11, 0.0);
    }
  }
}
