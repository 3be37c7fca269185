package io.rapport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * A flood of requests with a bad token is answered at once and adds a handful of events, not one
 * per request: the first attempt of a source in a window is recorded, the rest counted into one.
 */
@TestPropertySource(properties = "rapport.audit.denied-window=5s")
@DirtiesContext // a context of its own (another window), closed so that it does not linger
class DeniedFloodIT extends RapportIT {

  private static final int FLOOD = 10_000;

  @LocalServerPort int port;

  @Test
  void tenThousandBadRequestsAddAHandfulOfEvents() throws Exception {
    long before = denials();
    long attemptsBefore = attemptsRecorded();
    WebClient client = WebClient.create("http://localhost:" + port);

    Long unauthorized =
        Flux.range(0, FLOOD)
            .flatMap(
                i ->
                    client
                        .get()
                        .uri("/api/v1/me")
                        .header("Authorization", "Bearer not-a-token-" + i)
                        .exchangeToMono(
                            response ->
                                response.releaseBody().thenReturn(response.statusCode().value())),
                32)
            .filter(status -> status == 401)
            .count()
            .block(Duration.ofMinutes(3));
    assertThat(unauthorized).isEqualTo(FLOOD);

    // once the last window closed, every attempt is accounted for: recorded, or counted in one
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> attemptsRecorded() - attemptsBefore == FLOOD);
    long added = denials() - before;
    assertThat(added).as("events added by the flood").isBetween(2L, 12L);
  }

  private static long denials() throws Exception {
    return single(
        "select count(*) from domain_event_entry where payload_type like '%AccessDeniedEvent'");
  }

  /**
   * Attempts on /api/v1/me recorded so far: an event stands for one attempt, or for the number of
   * repeats it counts.
   */
  private static long attemptsRecorded() throws Exception {
    return single(
        "select coalesce(sum(greatest(1, (convert_from(payload, 'UTF8')::jsonb ->> 'repeats')::bigint)), 0)"
            + " from domain_event_entry where payload_type like '%AccessDeniedEvent'"
            + " and convert_from(payload, 'UTF8')::jsonb ->> 'resource' = '/api/v1/me'");
  }

  private static long single(String query) throws Exception {
    try (var connection = INFRA.postgresConnection();
        PreparedStatement statement = connection.prepareStatement(query);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
