package io.rapport.bench;

import io.rapport.infra.postgres.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The benchmark suite: starts Rapport as its run command does, on the embedded defaults, in a fresh
 * data directory, and measures every figure of the targets (P1–P6) beside its raw baseline, in one
 * run. Prints a table, writes {@code results.json} and Gatling's charts.
 */
public final class Bench {

  private static final String DEMO_TENANT = "northfield-university";

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    Report report = new Report();
    deleteRecursively(settings.dataDir());
    System.out.println("Rapport benchmark on " + Report.machine());

    step("P5 token validation (JMH)");
    double micros = tokenValidationMicros();
    report.add(Figure.atMost("P5", "token validation, per token", micros, "µs", 50));

    step("P6 start from cold (empty data directory)");
    App app = App.start(settings);
    report.add(Figure.atMost("P6", "ready from cold", app.readySeconds(), "s", 60));
    Tokens tokens = new Tokens(settings);
    String ada = Tokens.subject(tokens.accessToken("ada.student"));
    app.close();

    step("P6 start warm");
    app = App.start(settings);
    report.add(Figure.atMost("P6", "ready warm", app.readySeconds(), "s", 30));
    app.close();

    step("Seeding " + settings.events() + " events across " + settings.tenants() + " tenants");
    long seeded = seed(settings, ada);

    step("Catching up with the seeded events");
    app = App.start(settings);
    double catchUp =
        CatchUp.await(settings, tokens.accessToken("ada.student"), CatchUp.head(settings));
    System.out.printf(
        "  read models caught up %.1f s after ready: %,.0f events/s%n", catchUp, seeded / catchUp);

    step("P4 rebuild of all read models");
    double eventTable = EventTableRead.eventsPerSecond(settings);
    double rebuilt = Rebuild.allEventsPerSecond(settings, tokens.accessToken("pat.platform"));
    report.add(
        Figure.atLeast("P4", "rebuild of all read models", rebuilt, "events/s", 10_000)
            .against("raw read of the event table, events/s", eventTable));

    step("P3 timeline pages with " + seeded + " events stored");
    SimulationSettings.set("base-url", settings.baseUrl());
    SimulationSettings.set("token", tokens.accessToken("ada.student"));
    SimulationSettings.set("student", ada);
    SimulationSettings.set("rate", settings.pagesPerSecond());
    SimulationSettings.set("seconds", settings.paced().toSeconds());
    GatlingRun.Result pages = GatlingRun.run(TimelinePages.class, settings.out());
    report.chart("P3 timeline pages", pages.index());
    double lookup = MongoLookups.p99Millis(settings, settings.pagesPerSecond(), settings.paced());
    report.add(
        Figure.atMost("P3", "timeline page of 50, p99", pages.all().p99(), "ms", 20)
            .against("raw key lookup on the same MongoDB, p99 ms", lookup));

    step("P1 sustained command mix, " + settings.clients() + " clients");
    SimulationSettings.set("tokens", String.join(",", studentTokens(tokens)));
    SimulationSettings.set("clients", settings.clients());
    SimulationSettings.set("seconds", settings.sustained().toSeconds());
    app.resetPeak();
    GatlingRun.Result sustained = GatlingRun.run(SustainedCommands.class, settings.out());
    report.chart("P1 sustained commands", sustained.index());
    double inserts = PostgresInserts.transactionsPerSecond(settings, 16, Duration.ofSeconds(10));
    report.add(
        Figure.atLeast(
                "P1", "authenticated HTTP commands/s", sustained.all().perSecond(), "/s", 2000)
            .against("single-row INSERT transactions/s, 16 connections", inserts));

    step("P1 paced command mix, " + settings.pacedCommandsPerSecond() + " commands/s");
    SimulationSettings.set("tokens", String.join(",", studentTokens(tokens)));
    SimulationSettings.set("commands-per-second", settings.pacedCommandsPerSecond());
    SimulationSettings.set("seconds", settings.paced().toSeconds());
    GatlingRun.Result paced = GatlingRun.run(PacedCommands.class, settings.out());
    report.chart("P1 paced commands", paced.index());
    report.add(
        Figure.atMost(
            "P1",
            "command p99 at " + settings.pacedCommandsPerSecond() + "/s",
            paced.all().p99(),
            "ms",
            25));

    step("P2 projection lag at " + settings.lagCommandsPerSecond() + " commands/s");
    SimulationSettings.set("tokens", String.join(",", studentTokens(tokens)));
    SimulationSettings.set("rate", settings.lagCommandsPerSecond());
    GatlingRun.Result lag = GatlingRun.run(ProjectionLag.class, settings.out());
    report.chart("P2 projection lag", lag.index());
    report.add(
        Figure.atMost(
            "P2", "projection lag p99", lag.request(ProjectionLag.READ).p99(), "ms", 100));
    report.add(
        Figure.atMost(
            "P6", "application resident memory, peak under load", app.peakResidentMb(), "MB", 768));

    step("P5 the same endpoint with and without a token");
    double[] overhead = AuthOverhead.meanMillis(settings, tokens.accessToken("ada.student"), 3000);
    report.add(
        Figure.atMost(
                "P5",
                "HTTP request with a token, mean",
                overhead[0] * 1000,
                "µs",
                overhead[1] * 1000 + 50)
            .against("the same endpoint without a token, mean µs", overhead[1] * 1000));
    app.close();

    report.print();
    report.write(settings.out());
    System.out.println("results: " + settings.out().resolve("results.json"));
  }

  private static List<String> studentTokens(Tokens tokens) throws Exception {
    return List.of(
        tokens.accessToken("ada.student"),
        tokens.accessToken("ben.student"),
        tokens.accessToken("eve.student"));
  }

  private static long seed(Settings settings, String busyStudent) throws Exception {
    try (EmbeddedPostgresServer postgres =
        EmbeddedPostgresServer.start(
            settings.dataDir().resolve("postgres"), settings.postgresPort(), true)) {
      long started = System.nanoTime();
      long seeded = new EventSeeder().seed(settings, DEMO_TENANT, busyStudent, 100);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "  seeded %,d events in %.0f s (%,.0f events/s)%n", seeded, seconds, seeded / seconds);
      return seeded;
    }
  }

  private static double tokenValidationMicros() throws Exception {
    RunResult result =
        new Runner(
                new OptionsBuilder()
                    .include(TokenValidationBenchmark.class.getName())
                    .forks(1)
                    .warmupIterations(3)
                    .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                    .measurementIterations(5)
                    .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                    .build())
            .runSingle();
    return result.getPrimaryResult().getScore();
  }

  private static void step(String name) {
    System.out.println();
    System.out.println("== " + name);
  }

  private static void deleteRecursively(Path directory) throws Exception {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
