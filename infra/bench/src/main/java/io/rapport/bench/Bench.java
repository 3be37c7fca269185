package io.rapport.bench;

import io.rapport.infra.postgres.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark suite: starts Rapport as its run command does, on the embedded defaults, in a fresh
 * data directory, and measures the figures of the targets (P1–P6, or those named in {@code
 * bench.only}) each beside its raw baseline, in one run. Prints a table, writes {@code
 * results.json} and Gatling's charts.
 */
public final class Bench {

  private static final String[] LOADS = {"P1", "P2", "P3", "P4", "P5"};

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    Report report = new Report();
    Folders.delete(settings.dataDir());
    System.out.println("Rapport benchmark on " + Report.machine());
    System.out.println(
        "figures: " + (settings.only().isEmpty() ? "all" : String.join(", ", settings.only())));

    if (settings.measures("P5")) {
      phase(
          report,
          "P5",
          "token validation, per token (JMH)",
          () ->
              report.add(
                  Figure.info(
                      "P5",
                      "first sight of a token: signature and claims (JMH)",
                      tokenValidationMicros(),
                      "µs")));
    }
    Tokens tokens = new Tokens(settings);
    Starts.Students students = Starts.run(settings, report, tokens);
    double inProcess = Double.NaN;
    if (settings.measures("P1")) {
      // before seeding, so that no catch-up competes with it; as ben, since ada's timeline is the
      // one P3 pages through, and tens of thousands of commands in a minute would make her day
      // like no person's
      step("P1 baseline: the command mix in-process through Axon's command gateway");
      try {
        inProcess = App.inProcessCommands(settings, tokens, Tokens.DEMO_TENANT, students.ben());
        System.out.printf("  %,.0f commands/s in-process%n", inProcess);
      } catch (Exception e) {
        e.printStackTrace(System.out);
      }
    }
    if (java.util.Arrays.stream(LOADS).anyMatch(settings::measures)) {
      underLoad(settings, report, tokens, students, inProcess);
    }
    report.print();
    report.write(settings.out());
    System.out.println("results: " + settings.out().resolve("results.json"));
  }

  /** The figures measured on one running application, after seeding. */
  private static void underLoad(
      Settings settings, Report report, Tokens tokens, Starts.Students students, double inProcess)
      throws Exception {
    step("Seeding " + settings.events() + " events across " + settings.tenants() + " tenants");
    ReadModelFigures.Seeded seeded = seed(settings, students.ada());
    Path writeCount = settings.out().resolve("read-store-writes.properties").toAbsolutePath();
    Files.deleteIfExists(writeCount);
    App.Launch launch =
        settings.countWrites()
            ? App.Launch.asRunDoes().withBenchClasses("--rapport.bench.write-count=" + writeCount)
            : App.Launch.asRunDoes();
    try (App app = App.start(settings, launch)) {
      SimulationSettings.set("base-url", settings.baseUrl()); // for every simulation that follows
      ReadModelFigures readModels = new ReadModelFigures(settings, report, tokens, writeCount);
      phase(
          report,
          "P4",
          "catch-up with the " + seeded.events() + " seeded events",
          () -> readModels.catchUp(seeded, students.ada()));
      if (settings.measures("P4")) {
        phase(report, "P4", "rebuild of all read models", readModels::rebuild);
      }
      boolean loaded = false;
      app.resetPeak(); // under the load of the pages and commands, not of the catch-up
      if (settings.measures("P3")) {
        phase(
            report,
            "P3",
            "timeline page of 50 with " + seeded.events() + " events seeded",
            () -> PageFigures.measure(settings, report, tokens, app, students.ada()));
        loaded = true;
      }
      if (settings.measures("P1")) {
        phase(
            report,
            "P1",
            "sustained command mix, " + settings.clients() + " clients",
            () -> CommandFigures.sustained(settings, report, tokens, inProcess));
        phase(
            report,
            "P1",
            "paced command mix",
            () -> CommandFigures.paced(settings, report, tokens));
        loaded = true;
      }
      if (settings.measures("P2")) {
        phase(
            report,
            "P2",
            "projection lag at " + settings.lagCommandsPerSecond() + " commands/s",
            () -> CommandFigures.lag(settings, report, tokens));
        loaded = true;
      }
      if (settings.measures("P6") && loaded) {
        report.add(
            Figure.atMost(
                "P6",
                "application resident memory, peak under load",
                app.peakResidentMb(),
                "MB",
                768));
      }
      if (settings.measures("P5")) {
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
    }
  }

  /** A measurement that may fail on its own without ending the run. */
  interface Measurement {
    void run() throws Exception;
  }

  static void phase(Report report, String id, String name, Measurement measurement) {
    step(id + " " + name);
    try {
      measurement.run();
    } catch (Exception | AssertionError e) {
      e.printStackTrace(System.out);
      report.missing(id, name, e.toString());
    }
  }

  static void step(String name) {
    System.out.println();
    System.out.println("== " + name);
  }

  private static ReadModelFigures.Seeded seed(Settings settings, String busyStudent)
      throws Exception {
    try (EmbeddedPostgresServer postgres =
        EmbeddedPostgresServer.start(
            settings.dataDir().resolve("postgres"), settings.postgresPort(), true)) {
      long before = CatchUp.head(settings);
      long started = System.nanoTime();
      long seeded = new EventSeeder().seed(settings, Tokens.DEMO_TENANT, busyStudent, 100);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "  seeded %,d events in %.1f s (%,.0f events/s)%n", seeded, seconds, seeded / seconds);
      return new ReadModelFigures.Seeded(seeded, before);
    }
  }

  private static double tokenValidationMicros() throws Exception {
    RunResult result =
        new Runner(
                new OptionsBuilder()
                    .include(TokenValidationBenchmark.class.getName())
                    .forks(1)
                    .warmupIterations(3)
                    .warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5)
                    .measurementTime(TimeValue.seconds(2))
                    .build())
            .runSingle();
    return result.getPrimaryResult().getScore();
  }
}
