package io.rapport.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * P2: commands at a fixed rate, each followed at once by a read of its timeline that names the
 * command's {@code Rapport-Position}; the read is answered when the read models have processed the
 * command's events, so its response time is the projection lag (plus one read).
 */
public class ProjectionLag extends Simulation {

  static final String READ = "timeline read at the command's position";

  {
    Duration duration = Duration.ofSeconds(SimulationSettings.integer("seconds"));
    setUp(
            scenario("projection lag")
                .feed(SimulationSettings.feeder("token", SimulationSettings.list("tokens")))
                .exec(
                    http("start relationship")
                        .post("/api/v1/relationships")
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody("{\"contact\":{\"name\":\"Ravi Patel\"}}"))
                        .asJson()
                        .check(
                            status().is(201),
                            jsonPath("$.relationshipId").saveAs("rel"),
                            header("Rapport-Position").saveAs("position")))
                .exec(
                    http(READ)
                        .get("/api/v1/relationships/#{rel}/timeline?limit=1")
                        .header("Authorization", "Bearer #{token}")
                        .header("Rapport-Position", "#{position}")
                        .check(status().is(200), jsonPath("$.items[0]").exists()))
                .injectOpen(
                    constantUsersPerSec(SimulationSettings.integer("rate")).during(duration)))
        .protocols(http.baseUrl(SimulationSettings.get("base-url")).shareConnections())
        .maxDuration(duration.plusSeconds(30));
  }
}
