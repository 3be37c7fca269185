package io.rapport.application;

import static io.rapport.application.DemoUsers.ADA;
import static io.rapport.application.DemoUsers.CARLA;
import static io.rapport.application.DemoUsers.DAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads of a student's records by others are logged for the student; their own reads are not. */
class DisclosureIT extends RapportIT {

  @Test
  void aCoachsReadIsDisclosedToTheStudentAndTheStudentsOwnReadIsNot() {
    String assigned = assignCarlaToAda();
    Instant start = Instant.now();
    as("ada.student")
        .get()
        .uri("/api/v1/students/{id}/timeline", ADA)
        .exchange()
        .expectStatus()
        .isOk();
    as("carla.coach")
        .get()
        .uri("/api/v1/students/{id}/timeline", ADA)
        .header("Rapport-Position", assigned)
        .exchange()
        .expectStatus()
        .isOk();
    as("carla.coach")
        .get()
        .uri("/api/v1/students/{id}/agenda", ADA)
        .exchange()
        .expectStatus()
        .isOk();
    as("dan.admin").get().uri("/api/v1/students/{id}/export", ADA).exchange().expectStatus().isOk();

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertThat(readsSince(start, "ada.student"))
                    .contains(
                        List.of(CARLA, "timeline"),
                        List.of(CARLA, "agenda"),
                        List.of(DAN, "export")));
    assertThat(readsSince(start, "dan.admin")).isEqualTo(readsSince(start, "ada.student"));
    assertThat(readsSince(start, "ada.student")).noneMatch(read -> read.get(0).equals(ADA));
    as("carla.coach")
        .get()
        .uri("/api/v1/students/{id}/disclosures", ADA)
        .exchange()
        .expectStatus()
        .isForbidden();
    as("ben.student")
        .get()
        .uri("/api/v1/students/{id}/disclosures", ADA)
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void followingATimelineLiveIsADisclosureToo() {
    String assigned = assignCarlaToAda();
    Instant start = Instant.now();

    AccessMatrix.Answer following =
        AccessMatrix.openStream(
            as("carla.coach")
                .get()
                .uri("/api/v1/students/{id}/timeline/stream?position={p}", ADA, assigned));

    assertThat(following.status()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertThat(readsSince(start, "ada.student")).contains(List.of(CARLA, "timeline")));
  }

  /** The position of the assignment, for reads that must see it. */
  private String assignCarlaToAda() {
    String position =
        as("dan.admin")
            .put()
            .uri("/api/v1/students/{id}/coach", ADA)
            .bodyValue(Map.of("coachId", CARLA))
            .exchange()
            .expectStatus()
            .isNoContent()
            .returnResult(Void.class)
            .getResponseHeaders()
            .getFirst("Rapport-Position");
    return position == null ? "0" : position;
  }

  /** Reader and record of each read since the instant, newest first, as the caller sees them. */
  @SuppressWarnings("unchecked")
  private List<List<String>> readsSince(Instant start, String caller) {
    Map<String, Object> page =
        as(caller)
            .get()
            .uri("/api/v1/students/{id}/disclosures?limit=200", ADA)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return ((List<Map<String, Object>>) page.get("items"))
        .stream()
            .filter(item -> !Instant.parse((String) item.get("at")).isBefore(start))
            .map(
                item ->
                    List.of(
                        (String) item.get("actorId"),
                        (String) ((Map<String, Object>) item.get("details")).get("record")))
            .toList();
  }
}
