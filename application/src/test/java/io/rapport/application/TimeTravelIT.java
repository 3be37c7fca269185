package io.rapport.application;

import static io.rapport.application.DemoUsers.ADA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Timelines as they stood at an instant: only what had been recorded by then. */
class TimeTravelIT extends RapportIT {

  @Test
  void aTimelineAsOfBeforeTheThankYouDoesNotShowItAndAfterDoes() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    Instant beforeStart = Instant.now();
    String relationship = ada.startRelationship("Asof Anna");
    String chat = ada.scheduleChat(relationship, now.plus(3, ChronoUnit.DAYS), 30);
    Instant heldAt = now.minus(1, ChronoUnit.HOURS);
    List<String> points = ada.logMeeting(chat, heldAt, 30, "Career pivots", "Team rituals");
    ada.eventually(
        "/api/v1/relationships/{id}/timeline",
        body -> body.jsonPath("$.items[?(@.type == 'MeetingLogged')]").isNotEmpty(),
        relationship);
    Instant beforeThanks = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    // the thank-you is recorded in a later millisecond than the instant asked about
    await().until(() -> Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(beforeThanks));
    ada.thankYou(chat, Instant.now().truncatedTo(ChronoUnit.SECONDS), points).expectStatus().isOk();
    ada.eventually(
        "/api/v1/relationships/{id}/timeline",
        body -> body.jsonPath("$.items[?(@.type == 'ThankYouSent')]").isNotEmpty(),
        relationship);
    Instant afterThanks = Instant.now();

    String relationshipTimeline = "/api/v1/relationships/" + relationship + "/timeline";
    String studentTimeline = "/api/v1/students/" + ADA + "/timeline?relationshipId=" + relationship;
    assertThat(types(ada, relationshipTimeline, beforeThanks))
        .containsExactly("RelationshipStarted", "ChatScheduled", "MeetingLogged");
    assertThat(types(ada, relationshipTimeline, afterThanks))
        .containsExactly("RelationshipStarted", "ChatScheduled", "MeetingLogged", "ThankYouSent");
    assertThat(types(ada, studentTimeline, beforeThanks))
        .containsExactly("MeetingLogged", "ChatScheduled", "RelationshipStarted");
    assertThat(types(ada, studentTimeline, afterThanks))
        .containsExactly("ThankYouSent", "MeetingLogged", "ChatScheduled", "RelationshipStarted");
    // recorded time counts, not the time the meeting says it was held
    assertThat(types(ada, relationshipTimeline, heldAt.plus(Duration.ofMinutes(30)))).isEmpty();
    assertThat(types(ada, relationshipTimeline, beforeStart)).isEmpty();
  }

  @Test
  void anAsOfThatIsNoInstantIsRefused() {
    for (String timeline :
        List.of(
            "/api/v1/students/" + ADA + "/timeline?asOf=yesterday",
            "/api/v1/relationships/any/timeline?asOf=2026-13-45")) {
      as("ada.student")
          .get()
          .uri(timeline)
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("asOf");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> types(StudentJourney ada, String timeline, Instant asOf) {
    String separator = timeline.contains("?") ? "&" : "?";
    Map<String, Object> page =
        ada.get(timeline + separator + "asOf=" + asOf)
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return ((List<Map<String, Object>>) page.get("items"))
        .stream().map(item -> item.get("type")).toList();
  }
}
