package io.rapport.application;

import static io.rapport.application.DemoUsers.ADA;
import static io.rapport.application.DemoUsers.CARLA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rapport.infra.keycloak.KeycloakTokens;
import io.rapport.infra.testkit.KeycloakAdmin;
import io.rapport.infra.testkit.TestInfrastructure;
import io.rapport.query.api.timeline.FetchStudentTimelineAfterQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

/** A coach follows her student's timeline live, and resumes it without gaps or repeats. */
class LiveTimelineIT extends RapportIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired private QueryUpdateEmitter updates;

  private StudentJourney ada;

  @BeforeEach
  void assignAdaToCarla() {
    as("dan.admin")
        .put()
        .uri("/api/v1/students/{id}/coach", ADA)
        .bodyValue(Map.of("coachId", CARLA))
        .exchange()
        .expectStatus()
        .isNoContent();
    ada = new StudentJourney(as("ada.student"));
    new StudentJourney(as("carla.coach"))
        .eventually(
            "/api/v1/students/{id}/timeline", body -> body.jsonPath("$.items").isArray(), ADA);
  }

  @Test
  void aCoachSeesHerStudentsEntriesAppearAsTheStudentActs() {
    try (TimelineFollower carla = TimelineFollower.follow(as("carla.coach"), ADA, null)) {
      await().atMost(PATIENCE).until(carla::following);

      String relationship = ada.startRelationship("Live Lena");
      touchpoint(relationship, "CHECK_IN");

      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(carla.typesOf(relationship))
                      .containsExactly("RelationshipStarted", "TouchpointLogged"));
      // the relationship's name is told even though its read model is written by another processor
      assertThat(carla.entriesOf(relationship))
          .extracting(e -> e.data().get("sentence"))
          .containsExactly("Started a relationship with Live Lena", "Checked in with Live Lena");
      ServerSentEvent<Map<String, Object>> entry = carla.entriesOf(relationship).get(1);
      assertThat(entry.id()).isEqualTo(String.valueOf(entry.data().get("position")));
    }
  }

  @Test
  void aCoachWhoReconnectsGetsExactlyTheEntriesSheMissedThenTheLiveOnes() {
    String relationship = ada.startRelationship("Resume Rita");
    String lastEventId;
    try (TimelineFollower first = TimelineFollower.follow(as("carla.coach"), ADA, null)) {
      await().atMost(PATIENCE).until(first::following);
      assertThat(followers()).isPositive();
      touchpoint(relationship, "CHECK_IN");
      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () -> assertThat(first.typesOf(relationship)).contains("TouchpointLogged"));
      lastEventId = first.lastEventId();
    }
    await().atMost(PATIENCE).until(() -> followers() == 0);

    touchpoint(relationship, "ARTICLE_SHARED");
    touchpoint(relationship, "CONGRATULATIONS");
    // both are recorded before she comes back, so that they can only come from the backlog
    await().atMost(PATIENCE).until(() -> idsRecordedAfter(Long.parseLong(lastEventId)).size() == 2);

    try (TimelineFollower second = TimelineFollower.follow(as("carla.coach"), ADA, lastEventId)) {
      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(second.typesOf(relationship))
                      .containsExactly("TouchpointLogged", "TouchpointLogged"));
      touchpoint(relationship, "UPDATE");
      await()
          .atMost(PATIENCE)
          .untilAsserted(() -> assertThat(second.typesOf(relationship)).hasSize(3));

      assertThat(second.entriesOf(relationship))
          .extracting(e -> e.data().get("sentence"))
          .containsExactly(
              "Shared an article with Resume Rita",
              "Congratulated Resume Rita",
              "Sent Resume Rita an update");
      List<Long> positions = second.entries().stream().map(e -> Long.parseLong(e.id())).toList();
      assertThat(positions).isSorted().doesNotHaveDuplicates();
      assertThat(positions).allMatch(p -> p > Long.parseLong(lastEventId));
      assertThat(second.entries())
          .extracting(e -> e.data().get("id"))
          .containsExactlyElementsOf(idsRecordedAfter(Long.parseLong(lastEventId)));
    }
  }

  @Test
  void whoMayNotReadTheStudentCannotFollowHerTimeline() {
    for (String stranger : List.of("ben.student", "eve.student", "finn.coach", "gia.admin")) {
      as(stranger)
          .get()
          .uri("/api/v1/students/{id}/timeline/stream", ADA)
          .accept(MediaType.TEXT_EVENT_STREAM)
          .exchange()
          .expectStatus()
          .isNotFound()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
    await().atMost(PATIENCE).until(() -> followers() == 0);
  }

  @Test
  void aLastEventIdTheStreamNeverSentIsRefused() {
    as("carla.coach")
        .get()
        .uri("/api/v1/students/{id}/timeline/stream", ADA)
        .accept(MediaType.TEXT_EVENT_STREAM)
        .header("Last-Event-ID", "yesterday")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("Last-Event-ID");
  }

  @Test
  void aPersonHoldsAFewStreamsAtOnceAndTheNextIsTooMany() {
    List<TimelineFollower> open = new ArrayList<>();
    try {
      for (int i = 0; i < 5; i++) {
        TimelineFollower follower = TimelineFollower.follow(as("carla.coach"), ADA, null);
        open.add(follower);
        await().atMost(PATIENCE).until(follower::following);
      }
      as("carla.coach")
          .get()
          .uri("/api/v1/students/{id}/timeline/stream", ADA)
          .accept(MediaType.TEXT_EVENT_STREAM)
          .exchange()
          .expectStatus()
          .isEqualTo(429)
          .expectHeader()
          .exists("Retry-After")
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("/problems/too-many-streams");
      // the student herself is another person: her own stream is still welcome
      try (TimelineFollower herself = TimelineFollower.follow(as("ada.student"), ADA, null)) {
        await().atMost(PATIENCE).until(herself::following);
      }

      open.remove(0).close();
      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                try (TimelineFollower again =
                    TimelineFollower.follow(as("carla.coach"), ADA, null)) {
                  await().atMost(Duration.ofSeconds(5)).until(again::following);
                }
              });
    } finally {
      open.forEach(TimelineFollower::close);
    }
  }

  @Test
  void aStreamEndsWhenItsTokenExpires() {
    new KeycloakAdmin(INFRA).ensurePublicClient("rapport-test-live-5s", true, 5);
    String token =
        KeycloakTokens.passwordGrant(
            INFRA.issuerUri(),
            "rapport-test-live-5s",
            "carla.coach",
            TestInfrastructure.DEMO_PASSWORD);
    try (TimelineFollower carla =
        TimelineFollower.follow(
            http.mutate().defaultHeader("Authorization", "Bearer " + token).build(), ADA, null)) {
      await().atMost(PATIENCE).until(carla::following);
      await().atMost(Duration.ofSeconds(15)).until(carla::ended);
    }
  }

  @Test
  void anIdleStreamSendsHeartbeats() {
    try (TimelineFollower carla = TimelineFollower.follow(as("carla.coach"), ADA, null)) {
      await().atMost(PATIENCE).until(carla::heardHeartbeat);
    }
  }

  private void touchpoint(String relationship, String kind) {
    ada.created(
        "/api/v1/relationships/{id}/touchpoints",
        Map.of("kind", kind, "at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()),
        relationship);
  }

  /** The ids of ada's entries recorded after a position, oldest first, as the timeline has them. */
  @SuppressWarnings("unchecked")
  private List<Object> idsRecordedAfter(long position) {
    List<Map<String, Object>> items =
        (List<Map<String, Object>>)
            as("carla.coach")
                .get()
                .uri("/api/v1/students/{id}/timeline?limit=200", ADA)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("items");
    return items.stream()
        .filter(item -> ((Number) item.get("position")).longValue() > position)
        .sorted(
            java.util.Comparator.comparingLong(item -> ((Number) item.get("position")).longValue()))
        .map(item -> item.get("id"))
        .toList();
  }

  /** How many live timelines are followed right now. */
  private long followers() {
    return updates.activeSubscriptions().stream()
        .filter(query -> query.getPayload() instanceof FetchStudentTimelineAfterQuery)
        .count();
  }
}
