package io.rapport.infra.faults;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * While a part is away: a command and a query each second, and readiness, as a client and an
 * orchestrator would see them. Every answer must come within {@link #ANSWER_WITHIN}, never be 500,
 * and carry {@code Retry-After} when 503.
 */
final class OutageProbe {

  /** The API's request deadline and a margin. */
  static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);

  private static final String ADA = "ec973c70-ab69-4ce9-8db9-ce3c0f2acd52";

  private final Http http;
  private final Tokens tokens;
  private final RapportProcess app;
  private final Violations violations;
  private final Map<String, Integer> commands = new TreeMap<>();
  private final Map<String, Integer> queries = new TreeMap<>();
  private final Set<String> partsSeenDown = new TreeSet<>();

  OutageProbe(Http http, Tokens tokens, RapportProcess app, Violations violations) {
    this.http = http;
    this.tokens = tokens;
    this.app = app;
    this.violations = violations;
  }

  /** Probes for the given time. */
  void probe(Duration duration) {
    long end = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < end) {
      long round = System.nanoTime();
      String token = tokens.of("ada.student");
      record(
          commands,
          "command",
          http.post(
              "/api/v1/relationships",
              token,
              "{\"contact\":{\"name\":\"During The Outage\"}}",
              UUID.randomUUID().toString()));
      record(queries, "query", http.get("/api/v1/relationships?studentId=" + ADA, token));
      readiness();
      long spent = (System.nanoTime() - round) / 1_000_000;
      RapportProcess.sleep(Math.max(0, 1000 - spent));
    }
  }

  /**
   * Waits until a command succeeds again; returns how long that took, or null after {@code max}.
   */
  Duration untilCommandsSucceed(Duration max) {
    long started = System.nanoTime();
    while (System.nanoTime() - started < max.toNanos()) {
      Http.Reply reply =
          http.post(
              "/api/v1/relationships",
              tokens.of("ada.student"),
              "{\"contact\":{\"name\":\"After The Outage\"}}",
              UUID.randomUUID().toString());
      record(commands, "command", reply);
      if (reply.success()) {
        return Duration.ofNanos(System.nanoTime() - started);
      }
      RapportProcess.sleep(500);
    }
    return null;
  }

  Map<String, Integer> commands() {
    return commands;
  }

  Map<String, Integer> queries() {
    return queries;
  }

  Set<String> partsSeenDown() {
    return partsSeenDown;
  }

  private void record(Map<String, Integer> statuses, String what, Http.Reply reply) {
    statuses.merge(Integer.toString(reply.status()), 1, Integer::sum);
    if (reply.status() >= 500 && reply.status() != 503 && reply.status() != 507) {
      violations.record(
          "an outage is answered 503 with Retry-After, never 500",
          what + " → " + reply.status() + " " + reply.body());
    }
    if ((reply.status() == 503 || reply.status() == 507) && reply.header("Retry-After").isEmpty()) {
      violations.record(
          "an outage is answered 503 with Retry-After, never 500",
          what + " → 503 without Retry-After");
    }
    if (reply.millis() > ANSWER_WITHIN.toMillis()) {
      violations.record(
          "an outage never holds a request beyond the deadline",
          what + " took " + reply.millis() + " ms");
    }
  }

  private void readiness() {
    Http.Reply readiness = app.readiness();
    var components = readiness.json().path("components");
    components
        .fieldNames()
        .forEachRemaining(
            part -> {
              String status = components.path(part).path("status").asText();
              if (status.equals("DOWN")
                  || status.equals("OUT_OF_SERVICE")
                  || status.equals("DEGRADED")) {
                partsSeenDown.add(part + " " + status);
              }
              if ((status.equals("DOWN") || status.equals("OUT_OF_SERVICE"))
                  && readiness.status() == 200) {
                violations.record(
                    "readiness answers 503 while a part is down",
                    part + " " + status + " answered 200");
              }
            });
  }
}
