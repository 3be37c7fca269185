package io.rapport.bench;

import java.time.Duration;

/**
 * P1 and P2 over HTTP with real tokens: the command mix from many clients as fast as it is
 * answered, at a fixed rate for its p99, and the projection lag behind paced commands.
 */
final class CommandFigures {

  private CommandFigures() {}

  /** As fast as answered, beside PostgreSQL's single-row inserts and the in-process mix. */
  static void sustained(Settings settings, Report report, Tokens tokens, double inProcess)
      throws Exception {
    SimulationSettings.set("tokens", String.join(",", tokens.students(settings.clients())));
    SimulationSettings.set("clients", settings.clients());
    SimulationSettings.set("seconds", settings.sustained().toSeconds());
    GatlingRun.Result sustained = GatlingRun.run(SustainedCommands.class, settings.out());
    report.chart("P1 sustained commands", sustained.index());
    double inserts = PostgresInserts.transactionsPerSecond(settings, 16, Duration.ofSeconds(10));
    double http = sustained.all().okPerSecond();
    report.add(
        Figure.atLeast(
                "P1",
                "authenticated HTTP commands/s, " + settings.clients() + " clients",
                http,
                "/s",
                1_000)
            .against("single-row INSERT transactions/s, 16 connections", inserts));
    report.add(
        Figure.atLeast("P1", "HTTP against in-process", http, "/s", 0.7 * inProcess)
            .against("the same mix in-process through Axon's gateway, /s", inProcess));
  }

  /** The p99 at a fixed rate; then waits until the read models have caught up with it. */
  static void paced(Settings settings, Report report, Tokens tokens) throws Exception {
    SimulationSettings.set("tokens", String.join(",", tokens.students(settings.clients())));
    SimulationSettings.set("commands-per-second", settings.pacedCommandsPerSecond());
    SimulationSettings.set("seconds", settings.paced().toSeconds());
    GatlingRun.Result paced = GatlingRun.run(PacedCommands.class, settings.out());
    report.chart("P1 paced commands", paced.index());
    // the lag is measured from read models that have caught up with this backlog
    double behind =
        CatchUp.await(settings, tokens.accessToken("ada.student"), CatchUp.head(settings));
    System.out.printf("  read models caught up with the paced commands in %.1f s%n", behind);
    report.add(
        Figure.atMost(
            "P1",
            "command p99 at " + settings.pacedCommandsPerSecond() + "/s",
            paced.all().p99(),
            "ms",
            50));
  }

  /** P2: each command followed at once by a read carrying its position. */
  static void lag(Settings settings, Report report, Tokens tokens) throws Exception {
    SimulationSettings.set("tokens", String.join(",", tokens.students(settings.clients())));
    SimulationSettings.set("rate", settings.lagCommandsPerSecond());
    GatlingRun.Result lag = GatlingRun.run(ProjectionLag.class, settings.out());
    report.chart("P2 projection lag", lag.index());
    report.add(
        Figure.atMost(
            "P2",
            "projection lag p99 at " + settings.lagCommandsPerSecond() + " commands/s",
            lag.request(ProjectionLag.READ).p99(),
            "ms",
            100));
  }
}
