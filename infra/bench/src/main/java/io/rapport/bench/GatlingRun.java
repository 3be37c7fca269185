package io.rapport.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.app.Gatling$;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs one Gatling simulation in this JVM and reads its statistics back from the HTML report it
 * wrote (whose charts show latency percentiles and throughput over time).
 */
final class GatlingRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GatlingRun() {}

  /** Runs the simulation; its statistics are those of all requests, or of one request by name. */
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
    return new Result(report, JSON.readTree(report.resolve("js/stats.json").toFile()));
  }

  private static Path latestReport(Path results, String prefix) throws IOException {
    try (Stream<Path> runs = Files.list(results)) {
      return runs.filter(path -> path.getFileName().toString().startsWith(prefix))
          .max(Comparator.comparing(path -> path.getFileName().toString()))
          .orElseThrow(() -> new IllegalStateException("No Gatling report in " + results));
    }
  }

  /** A simulation's report: its folder and statistics. */
  record Result(Path report, JsonNode stats) {

    Stats all() {
      return new Stats(stats.get("stats"));
    }

    Stats request(String name) {
      for (JsonNode content : stats.path("contents")) {
        if (name.equals(content.path("name").asText())) {
          return new Stats(content.get("stats"));
        }
      }
      throw new IllegalStateException("No request named " + name + " in " + report);
    }

    Path index() {
      return report.resolve("index.html");
    }
  }

  /** Gatling's statistics of a set of requests (percentiles 50, 75, 95, 99 by default). */
  record Stats(JsonNode node) {

    long ok() {
      return node.path("numberOfRequests").path("ok").asLong();
    }

    long failed() {
      return node.path("numberOfRequests").path("ko").asLong();
    }

    double perSecond() {
      return node.path("meanNumberOfRequestsPerSecond").path("ok").asDouble();
    }

    double p99() {
      return node.path("percentiles4").path("ok").asDouble();
    }

    double p50() {
      return node.path("percentiles1").path("ok").asDouble();
    }
  }
}
