package io.rapport.bench;

import io.rapport.infra.postgres.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
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

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    Report report = new Report();
    deleteRecursively(settings.dataDir());
    System.out.println("Rapport benchmark on " + Report.machine());

    phase(
        report,
        "P5",
        "token validation, per token (JMH)",
        () -> {
          report.add(
              Figure.info(
                  "P5",
                  "first sight of a token: signature and claims (JMH)",
                  tokenValidationMicros(),
                  "µs"));
        });

    step("P6 start from cold (empty data directory), then warm");
    Tokens tokens = new Tokens(settings);
    String ada;
    String ben;
    try (App cold = App.start(settings)) {
      report.add(Figure.atMost("P6", "ready from cold", cold.readySeconds(), "s", 60));
      ada = Tokens.subject(tokens.accessToken("ada.student"));
      ben = Tokens.subject(tokens.accessToken("ben.student"));
    }
    try (App warm = App.start(settings)) {
      report.add(Figure.atMost("P6", "ready warm", warm.readySeconds(), "s", 30));
    }

    // before seeding, so that no catch-up competes with it
    double inProcess = Double.NaN;
    try {
      step("P1 baseline: the command mix in-process through Axon's command gateway");
      // as ben: ada's timeline is the one P3 pages through, and tens of thousands of commands in a
      // minute would make her day like no person's
      inProcess = App.inProcessCommands(settings, Tokens.DEMO_TENANT, ben);
      System.out.printf("  %,.0f commands/s in-process%n", inProcess);
    } catch (Exception e) {
      e.printStackTrace(System.out);
    }
    double inProcessCommands = inProcess;

    step("Seeding " + settings.events() + " events across " + settings.tenants() + " tenants");
    long seeded = seed(settings, ada);

    double[] eventTable = {Double.NaN};
    try (App app = App.start(settings)) {
      phase(
          report,
          "P4",
          "catch-up with the seeded events",
          () -> {
            double seconds =
                CatchUp.await(settings, tokens.accessToken("ada.student"), CatchUp.head(settings));
            System.out.printf(
                "  read models caught up %.1f s after ready (%,.0f events/s)%n",
                seconds, seeded / seconds);
            eventTable[0] = EventTableRead.eventsPerSecond(settings);
            report.add(
                Figure.atLeast(
                        "P4",
                        "catch-up of all read models with the seeded events",
                        seeded / seconds,
                        "events/s",
                        10_000)
                    .against("raw read of the event table, events/s", eventTable[0]));
          });
      phase(
          report,
          "P4",
          "rebuild of all read models",
          () -> {
            double rebuilt =
                Rebuild.allEventsPerSecond(settings, tokens.accessToken("pat.platform"));
            report.add(
                Figure.atLeast("P4", "rebuild of all read models", rebuilt, "events/s", 10_000)
                    .against("raw read of the event table, events/s", eventTable[0]));
          });
      phase(
          report,
          "P3",
          "timeline page of 50 with " + seeded + " events stored",
          () -> {
            SimulationSettings.set("base-url", settings.baseUrl());
            SimulationSettings.set("token", tokens.accessToken("ada.student"));
            SimulationSettings.set("student", ada);
            SimulationSettings.set("rate", settings.pagesPerSecond());
            SimulationSettings.set("seconds", settings.paced().toSeconds());
            GatlingRun.Result pages = GatlingRun.run(TimelinePages.class, settings.out());
            report.chart("P3 timeline pages", pages.index());
            Drain.await(
                settings,
                tokens.accessToken("ada.student"),
                "/api/v1/students/" + ada + "/timeline?limit=50");
            double lookup =
                MongoLookups.p99Millis(settings, settings.pagesPerSecond(), settings.paced());
            report.add(
                Figure.atMost("P3", "timeline page of 50, p99", pages.all().p99(), "ms", 20)
                    .against("raw key lookup on the same MongoDB, p99 ms", lookup));
          });
      app.resetPeak();
      phase(
          report,
          "P1",
          "sustained command mix, " + settings.clients() + " clients",
          () -> {
            SimulationSettings.set("tokens", String.join(",", tokens.students(settings.clients())));
            SimulationSettings.set("clients", settings.clients());
            SimulationSettings.set("seconds", settings.sustained().toSeconds());
            GatlingRun.Result sustained = GatlingRun.run(SustainedCommands.class, settings.out());
            report.chart("P1 sustained commands", sustained.index());
            double inserts =
                PostgresInserts.transactionsPerSecond(settings, 16, Duration.ofSeconds(10));
            double http = sustained.all().okPerSecond();
            report.add(
                Figure.atLeast("P1", "authenticated HTTP commands/s", http, "/s", 2000)
                    .against("single-row INSERT transactions/s, 16 connections", inserts));
            report.add(
                Figure.atLeast("P1", "HTTP against in-process", http, "/s", 0.5 * inProcessCommands)
                    .against(
                        "the same mix in-process through Axon's gateway, /s", inProcessCommands));
          });
      phase(
          report,
          "P1",
          "paced command mix",
          () -> {
            SimulationSettings.set("tokens", String.join(",", tokens.students(settings.clients())));
            SimulationSettings.set("commands-per-second", settings.pacedCommandsPerSecond());
            SimulationSettings.set("seconds", settings.paced().toSeconds());
            GatlingRun.Result paced = GatlingRun.run(PacedCommands.class, settings.out());
            report.chart("P1 paced commands", paced.index());
            // the lag is measured from read models that have caught up with this backlog
            double behind =
                CatchUp.await(settings, tokens.accessToken("ada.student"), CatchUp.head(settings));
            System.out.printf(
                "  read models caught up with the paced commands in %.1f s%n", behind);
            report.add(
                Figure.atMost(
                    "P1",
                    "command p99 at " + settings.pacedCommandsPerSecond() + "/s",
                    paced.all().p99(),
                    "ms",
                    25));
          });
      phase(
          report,
          "P2",
          "projection lag at " + settings.lagCommandsPerSecond() + " commands/s",
          () -> {
            SimulationSettings.set("tokens", String.join(",", tokens.students(settings.clients())));
            SimulationSettings.set("rate", settings.lagCommandsPerSecond());
            GatlingRun.Result lag = GatlingRun.run(ProjectionLag.class, settings.out());
            report.chart("P2 projection lag", lag.index());
            report.add(
                Figure.atMost(
                    "P2", "projection lag p99", lag.request(ProjectionLag.READ).p99(), "ms", 100));
          });
      report.add(
          Figure.atMost(
              "P6",
              "application resident memory, peak under load",
              app.peakResidentMb(),
              "MB",
              768));
      phase(
          report,
          "P5",
          "the same endpoint with and without a token",
          () -> {
            double[] median =
                AuthOverhead.medianMillis(settings, tokens.accessToken("ada.student"), 5000);
            report.add(
                Figure.atMost(
                        "P5",
                        "token validation per request (median with − without a token)",
                        (median[0] - median[1]) * 1000,
                        "µs",
                        50)
                    .against("the same endpoint without a token, median µs", median[1] * 1000));
          });
    }
    report.print();
    report.write(settings.out());
    System.out.println("results: " + settings.out().resolve("results.json"));
  }

  /** A measurement that may fail on its own without ending the run. */
  interface Measurement {
    void run() throws Exception;
  }

  private static void phase(Report report, String id, String name, Measurement measurement) {
    step(id + " " + name);
    try {
      measurement.run();
    } catch (Exception | AssertionError e) {
      e.printStackTrace(System.out);
      report.missing(id, name, e.toString());
    }
  }

  private static long seed(Settings settings, String busyStudent) throws Exception {
    try (EmbeddedPostgresServer postgres =
        EmbeddedPostgresServer.start(
            settings.dataDir().resolve("postgres"), settings.postgresPort(), true)) {
      long started = System.nanoTime();
      long seeded = new EventSeeder().seed(settings, Tokens.DEMO_TENANT, busyStudent, 100);
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
