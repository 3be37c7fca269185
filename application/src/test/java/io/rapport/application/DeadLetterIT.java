package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A projection that fails on an event parks that event's sequence (its aggregate) in MongoDB and
 * goes on with the others; platform staff see the parked events page by page, without their payload
 * or the failure's message, and a retry after the fix drains the sequence.
 */
class DeadLetterIT extends RapportIT {

  private static final Duration SOON = Duration.ofSeconds(20);

  @AfterEach
  void cure() {
    DeadLetterProbe.POISONED.clear();
    DeadLetterProbe.FAILURES.clear();
  }

  @Test
  void aPoisonEventParksItsSequenceOthersFlowAndARetryAfterTheFixDrainsIt() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    String poisoned = ada.startRelationship("Parked Paula");
    await().atMost(SOON).until(() -> DeadLetterProbe.HANDLED.containsValue(poisoned));

    DeadLetterProbe.POISONED.add(poisoned);
    ada.put("/api/v1/relationships/{id}/cadence", Map.of("everyDays", 30), poisoned);
    ada.post(
            "/api/v1/relationships/{id}/touchpoints",
            Map.of(
                "kind", "CHECK_IN", "at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()),
            poisoned)
        .expectStatus()
        .is2xxSuccessful();
    String healthy = ada.startRelationship("Flowing Farid");

    await().atMost(SOON).until(() -> DeadLetterProbe.HANDLED.containsValue(healthy));
    List<Map<String, Object>> parked = awaitParked(2);
    assertThat(parked)
        .allSatisfy(
            letter -> {
              assertThat(letter)
                  .containsEntry("processingGroup", DeadLetterProbe.GROUP)
                  .containsEntry("sequenceId", poisoned)
                  .containsKeys("eventId", "enqueuedAt");
              assertThat(letter.toString()).doesNotContain("Parked Paula");
            });
    // the first failed; the second waits behind it, without a failure of its own
    assertThat((String) parked.get(0).get("cause")).startsWith("java.lang.IllegalStateException");
    assertThat(parked.get(1).get("cause")).isNull();
    assertThat(parked)
        .extracting(letter -> letter.get("eventType"))
        .containsExactly("CadenceSetEvent", "TouchpointLoggedEvent");
    assertThat(DeadLetterProbe.HANDLED.values()).containsOnlyOnce(poisoned);
    // the real projections were not held up
    ada.eventually(
        "/api/v1/relationships/{id}",
        body -> body.jsonPath("$.cadenceDays").isEqualTo(30),
        poisoned);

    platform()
        .post()
        .uri("/api/v1/admin/dead-letters/{id}/retry", "no-such-event")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType("application/problem+json");

    DeadLetterProbe.POISONED.remove(poisoned);
    String touchpoint = (String) parked.get(1).get("eventId");
    platform()
        .post()
        .uri("/api/v1/admin/dead-letters/{id}/retry", touchpoint)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.drained")
        .isEqualTo(true);

    assertThat(parked(DeadLetterProbe.GROUP)).isEmpty();
    assertThat(DeadLetterProbe.HANDLED)
        .containsKeys((String) parked.get(0).get("eventId"), touchpoint);
  }

  @Test
  void theListShowsNeitherThePayloadNorWhatTheFailureQuotesOfIt() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    String poisoned = ada.startRelationship("Secret Sasha");
    await().atMost(SOON).until(() -> DeadLetterProbe.HANDLED.containsValue(poisoned));
    DeadLetterProbe.POISONED.add(poisoned);
    ada.post(
            "/api/v1/relationships/{id}/reciprocity",
            Map.of("offer", "Intro to Sasha's secret project"),
            poisoned)
        .expectStatus()
        .is2xxSuccessful();
    List<Map<String, Object>> parked = awaitParked(1);
    // the failure itself quoted the event's text and its aggregate
    assertThat(DeadLetterProbe.FAILURES)
        .anySatisfy(failure -> assertThat(failure).contains("Sasha's secret project", poisoned));
    String body =
        platform()
            .get()
            .uri("/api/v1/admin/dead-letters?limit=200")
            .exchange()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(body).doesNotContain("Sasha", "secret project");
    assertThat(parked.get(0).get("cause"))
        .isEqualTo(
            "java.lang.IllegalStateException: the projection refused the event"
                + " (its message is withheld)");

    DeadLetterProbe.POISONED.remove(poisoned);
    platform()
        .post()
        .uri("/api/v1/admin/dead-letters/{id}/retry", parked.get(0).get("eventId"))
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(parked(DeadLetterProbe.GROUP)).isEmpty();
  }

  @Test
  void theListComesInPagesAndRefusesACursorOrLimitItNeverGaveOut() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    String poisoned = ada.startRelationship("Paged Pia");
    await().atMost(SOON).until(() -> DeadLetterProbe.HANDLED.containsValue(poisoned));
    DeadLetterProbe.POISONED.add(poisoned);
    for (int days : List.of(30, 60, 90)) {
      ada.put("/api/v1/relationships/{id}/cadence", Map.of("everyDays", days), poisoned);
    }
    List<Map<String, Object>> parked = awaitParked(3);
    assertThat(parked).extracting(letter -> letter.get("sequenceId")).containsOnly(poisoned);

    for (String bad : List.of("cursor=Zm9vYmFy", "cursor=!!!", "limit=0", "limit=201", "limit=x")) {
      platform()
          .get()
          .uri("/api/v1/admin/dead-letters?" + bad)
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentType("application/problem+json");
    }

    DeadLetterProbe.POISONED.remove(poisoned);
    platform()
        .post()
        .uri("/api/v1/admin/dead-letters/{id}/retry", parked.get(0).get("eventId"))
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(parked(DeadLetterProbe.GROUP)).isEmpty();
  }

  private List<Map<String, Object>> awaitParked(int count) {
    await().atMost(SOON).until(() -> parked(DeadLetterProbe.GROUP).size() == count);
    return parked(DeadLetterProbe.GROUP);
  }

  /** The group's parked events, read page by page, two at a time, following each nextCursor. */
  private List<Map<String, Object>> parked(String group) {
    List<Map<String, Object>> letters = new ArrayList<>();
    String cursor = null;
    do {
      Map<String, Object> page =
          platform()
              .get()
              .uri(
                  cursor == null
                      ? "/api/v1/admin/dead-letters?limit=2"
                      : "/api/v1/admin/dead-letters?limit=2&cursor=" + cursor)
              .exchange()
              .expectStatus()
              .isOk()
              .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
              .returnResult()
              .getResponseBody();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
      assertThat(items).hasSizeLessThanOrEqualTo(2);
      letters.addAll(items);
      cursor = (String) page.get("nextCursor");
    } while (cursor != null);
    assertThat(letters).extracting(letter -> letter.get("eventId")).doesNotHaveDuplicates();
    return letters.stream().filter(letter -> group.equals(letter.get("processingGroup"))).toList();
  }

  private WebTestClient platform() {
    return as("pat.platform");
  }
}
