package io.rapport.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/** P1's throughput: N clients send the command mix as fast as they are answered. */
public class SustainedCommands extends Simulation {

  {
    Duration duration = Duration.ofSeconds(SimulationSettings.integer("seconds"));
    setUp(
            scenario("sustained command mix")
                .feed(SimulationSettings.feeder("token", SimulationSettings.list("tokens")))
                .during(duration)
                .on(CommandMix.round())
                .injectClosed(
                    constantConcurrentUsers(SimulationSettings.integer("clients"))
                        .during(duration)))
        .protocols(http.baseUrl(SimulationSettings.get("base-url")).shareConnections())
        .maxDuration(duration.plusSeconds(30));
  }
}
