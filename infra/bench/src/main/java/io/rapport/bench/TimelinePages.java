package io.rapport.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/** P3: pages of 50 entries of a busy student's timeline, at a fixed rate. */
public class TimelinePages extends Simulation {

  {
    Duration duration = Duration.ofSeconds(SimulationSettings.integer("seconds"));
    setUp(
            scenario("timeline pages")
                .exec(
                    http("timeline page")
                        .get(
                            "/api/v1/students/"
                                + SimulationSettings.get("student")
                                + "/timeline?limit=50")
                        .header("Authorization", "Bearer " + SimulationSettings.get("token"))
                        .check(status().is(200), jsonPath("$.items[49]").exists()))
                .injectOpen(
                    constantUsersPerSec(SimulationSettings.integer("rate")).during(duration)))
        .protocols(http.baseUrl(SimulationSettings.get("base-url")).shareConnections())
        .maxDuration(duration.plusSeconds(30));
  }
}
