package io.rapport.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * P1's latency: the command mix arriving at a fixed rate (an open model, so that a slow answer does
 * not slow the arrivals down and hide itself).
 */
public class PacedCommands extends Simulation {

  {
    Duration duration = Duration.ofSeconds(SimulationSettings.integer("seconds"));
    double roundsPerSecond =
        SimulationSettings.integer("commands-per-second") / (double) CommandMix.COMMANDS_PER_ROUND;
    setUp(
            scenario("paced command mix")
                .feed(SimulationSettings.feeder("token", SimulationSettings.list("tokens")))
                .exec(CommandMix.round())
                .injectOpen(constantUsersPerSec(roundsPerSecond).during(duration)))
        .protocols(http.baseUrl(SimulationSettings.get("base-url")).shareConnections())
        .maxDuration(duration.plusSeconds(30));
  }
}
