package io.rapport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A projection that fails on an event parks that event's sequence (its aggregate) in MongoDB and
 * goes on with the others; platform staff see the parked events without their payload, and a retry
 * after the fix drains the sequence.
 */
class DeadLetterIT extends RapportIT {

  private static final Duration SOON = Duration.ofSeconds(20);

  @AfterEach
  void cure() {
    DeadLetterProbe.POISONED.clear();
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
  void theListShowsNoPayload() {
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
    String body =
        platform()
            .get()
            .uri("/api/v1/admin/dead-letters")
            .exchange()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(body).doesNotContain("Sasha");

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

  private List<Map<String, Object>> parked(String group) {
    Map<String, List<Map<String, Object>>> list =
        platform()
            .get()
            .uri("/api/v1/admin/dead-letters")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(new ParameterizedTypeReference<Map<String, List<Map<String, Object>>>>() {})
            .returnResult()
            .getResponseBody();
    return list.get("items").stream()
        .filter(letter -> group.equals(letter.get("processingGroup")))
        .toList();
  }

  private WebTestClient platform() {
    return as("pat.platform");
  }
}
