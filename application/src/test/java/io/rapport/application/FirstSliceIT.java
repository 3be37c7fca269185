package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** An authenticated command becomes an event in PostgreSQL, a read model in MongoDB, an answer. */
class FirstSliceIT extends RapportIT {

  @Test
  void aStudentSchedulesAChatAndSeesItInBothTimelines() {
    String relationshipId = startRelationship("ada.student", "Maya Chen");
    Instant startsAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

    Map<?, ?> scheduled =
        as("ada.student")
            .post()
            .uri("/api/v1/chats")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(
                Map.of(
                    "relationshipId", relationshipId,
                    "kind", "INFORMATIONAL_INTERVIEW",
                    "startsAt", startsAt.toString(),
                    "durationMinutes", 60,
                    "setting", "COFFEE_SHOP",
                    "location", "Blue Bottle, Market St",
                    "purpose", "Learn how data teams work"))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectHeader()
            .valueMatches("Location", "/api/v1/chats/[0-9a-f-]{36}")
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    String chatId = (String) scheduled.get("chatId");
    assertThat((List<?>) scheduled.get("notes")).hasSize(1);

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                as("ada.student")
                    .get()
                    .uri("/api/v1/chats/{id}", chatId)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("SCHEDULED")
                    .jsonPath("$.relationshipId")
                    .isEqualTo(relationshipId)
                    .jsonPath("$.durationMinutes")
                    .isEqualTo(60)
                    .jsonPath("$.startsAt")
                    .isEqualTo(startsAt.toString()));

    String adaId = me("ada.student").get("userId").toString();
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                as("ada.student")
                    .get()
                    .uri("/api/v1/relationships/{id}/timeline", relationshipId)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.items.length()")
                    .isEqualTo(2)
                    .jsonPath("$.items[0].type")
                    .isEqualTo("RelationshipStarted")
                    .jsonPath("$.items[0].sentence")
                    .isEqualTo("Started a relationship with Maya Chen")
                    .jsonPath("$.items[1].type")
                    .isEqualTo("ChatScheduled")
                    .jsonPath("$.items[1].chatId")
                    .isEqualTo(chatId)
                    .jsonPath("$.items[1].actorId")
                    .isEqualTo(adaId)
                    .jsonPath("$.nextCursor")
                    .isEmpty());
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                as("ada.student")
                    .get()
                    .uri(
                        "/api/v1/students/{id}/timeline?relationshipId={rel}",
                        adaId,
                        relationshipId)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.items.length()")
                    .isEqualTo(2)
                    .jsonPath("$.items[0].type")
                    .isEqualTo("ChatScheduled")
                    .jsonPath("$.items[0].sentence")
                    .value(
                        sentence ->
                            assertThat((String) sentence)
                                .startsWith(
                                    "Scheduled an informational interview with Maya Chen on ")
                                .endsWith("(60 min, coffee shop)"))
                    .jsonPath("$.items[1].type")
                    .isEqualTo("RelationshipStarted"));
  }

  @Test
  void studentTimelinePagesWithACursor() {
    String adaId = me("ada.student").get("userId").toString();
    String relationshipId = startRelationship("ada.student", "Page Turner");
    for (int i = 0; i < 2; i++) {
      schedule("ada.student", relationshipId, 40).expectStatus().isCreated();
    }
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                as("ada.student")
                    .get()
                    .uri("/api/v1/students/{id}/timeline?relationshipId={r}", adaId, relationshipId)
                    .exchange()
                    .expectBody()
                    .jsonPath("$.items.length()")
                    .isEqualTo(3));
    Map<?, ?> first =
        as("ada.student")
            .get()
            .uri("/api/v1/students/{id}/timeline?relationshipId={r}&limit=2", adaId, relationshipId)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat((List<?>) first.get("items")).hasSize(2);
    assertThat(first.get("nextCursor")).isNotNull();
    as("ada.student")
        .get()
        .uri(
            "/api/v1/students/{id}/timeline?relationshipId={r}&limit=2&cursor={c}",
            adaId,
            relationshipId,
            first.get("nextCursor"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items.length()")
        .isEqualTo(1)
        .jsonPath("$.items[0].type")
        .isEqualTo("RelationshipStarted")
        .jsonPath("$.nextCursor")
        .isEmpty();
  }

  /**
   * A page filtered to one relationship reads that relationship's entries, not the whole timeline:
   * the last page ends at the relationship's first entry, without a cursor, however many other
   * entries are newer.
   */
  @Test
  void aTimelineOfOneRelationshipEndsAtItsFirstEntryHoweverLongTheRest() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    String adaId = me("ada.student").get("userId").toString();
    String quiet = ada.startRelationship("Quiet Quinn");
    String busy = ada.startRelationship("Busy Bea");
    for (int i = 0; i < 200; i++) {
      // each newer than Quinn's start, which a page newest first comes to last
      ada.post(
              "/api/v1/relationships/{id}/touchpoints",
              Map.of("kind", "CHECK_IN", "at", Instant.now().toString()),
              busy)
          .expectStatus()
          .is2xxSuccessful();
    }
    // every touchpoint projected: Quinn's start lies behind all 200 of them, newest first
    ada.eventually(
        "/api/v1/students/{id}/timeline?relationshipId={r}&limit=200",
        body -> body.jsonPath("$.items.length()").isEqualTo(200),
        adaId,
        busy);

    ada.get("/api/v1/students/{id}/timeline?relationshipId={r}&limit=1", adaId, quiet)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items.length()")
        .isEqualTo(1)
        .jsonPath("$.items[0].type")
        .isEqualTo("RelationshipStarted")
        .jsonPath("$.nextCursor")
        .isEmpty();
    // another student's timeline holds nothing of Ada's relationship
    String benId = me("ben.student").get("userId").toString();
    new StudentJourney(as("ben.student"))
        .get("/api/v1/students/{id}/timeline?relationshipId={r}", benId, quiet)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items.length()")
        .isEqualTo(0);
  }

  @Test
  void anotherTenantSeesNothingOfIt() {
    String relationshipId = startRelationship("ada.student", "Private Person");
    String chatId =
        (String)
            schedule("ada.student", relationshipId, 30)
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("chatId");
    String adaId = me("ada.student").get("userId").toString();
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                as("ada.student")
                    .get()
                    .uri("/api/v1/chats/{id}", chatId)
                    .exchange()
                    .expectStatus()
                    .isOk());

    as("eve.student")
        .get()
        .uri("/api/v1/chats/{id}", chatId)
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    as("eve.student")
        .get()
        .uri("/api/v1/relationships/{id}", relationshipId)
        .exchange()
        .expectStatus()
        .isNotFound();
    as("eve.student")
        .get()
        .uri("/api/v1/relationships/{id}/timeline", relationshipId)
        .exchange()
        .expectStatus()
        .isNotFound();
    as("eve.student")
        .get()
        .uri("/api/v1/students/{id}/timeline", adaId)
        .exchange()
        .expectStatus()
        .isNotFound();
    String eveTimeline =
        as("eve.student")
            .get()
            .uri("/api/v1/students/{id}/timeline?limit=200", me("eve.student").get("userId"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(eveTimeline).doesNotContain(chatId, relationshipId, "Private Person");
    // nor can she act on it: the chat is scheduled in a relationship she cannot see
    schedule("eve.student", relationshipId, 30).expectStatus().isNotFound();
    // a student of the same tenant cannot see it either
    as("ben.student")
        .get()
        .uri("/api/v1/chats/{id}", chatId)
        .exchange()
        .expectStatus()
        .isNotFound();
    schedule("ben.student", relationshipId, 30).expectStatus().isNotFound();
  }

  @Test
  void aChatCommandNamingARelationshipFindsNoChat() {
    // the relationship was just started, so it is in memory when the chat command names it
    String relationshipId = startRelationship("ada.student", "Not A Chat");
    for (String action : List.of("no-show", "cancel")) {
      as("ada.student")
          .post()
          .uri("/api/v1/chats/{id}/" + action, relationshipId)
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("reason", "changed plans"))
          .exchange()
          .expectStatus()
          .isNotFound();
    }
  }

  @Test
  void badInputIsRefusedAndNothingIsStored() throws Exception {
    String relationshipId = startRelationship("ada.student", "Input Checker");
    long before = eventCount();

    schedule("ada.student", relationshipId, 5)
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("durationMinutes")
        .jsonPath("$.trace")
        .doesNotExist();
    as("ada.student")
        .post()
        .uri("/api/v1/chats")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("relationshipId", relationshipId, "kind", "NOT_A_KIND"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("kind");
    as("ada.student")
        .post()
        .uri("/api/v1/chats")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("relationshipId", relationshipId))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'kind')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'startsAt')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'durationMinutes')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'setting')]")
        .exists();
    as("ada.student")
        .post()
        .uri("/api/v1/chats")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{ not json")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/invalid-input");
    as("ada.student")
        .post()
        .uri("/api/v1/relationships")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("contact", Map.of("name", " ", "email", "not-an-address")))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'contact.name')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'contact.email')]")
        .exists();
    Instant past = Instant.now().minus(1, ChronoUnit.HOURS);
    as("ada.student")
        .post()
        .uri("/api/v1/chats")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "relationshipId",
                relationshipId,
                "kind",
                "NETWORKING_MEETUP",
                "startsAt",
                past.toString(),
                "durationMinutes",
                30,
                "setting",
                "EVENT"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("startsAt");

    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void aStudentsOwnCommandsNeedTheStudentRole() {
    as("carla.coach")
        .post()
        .uri("/api/v1/relationships")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("contact", Map.of("name", "Somebody")))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    as("pat.platform")
        .get()
        .uri("/api/v1/students/{id}/timeline", "anyone")
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void meTellsWhoIsCalling() {
    as("ada.student")
        .get()
        .uri("/api/v1/me")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.tenantId")
        .isEqualTo("northfield-university")
        .jsonPath("$.roles")
        .value(roles -> assertThat((List<Object>) roles).contains((Object) "student"))
        .jsonPath("$.userId")
        .isNotEmpty()
        .jsonPath("$.email")
        .isNotEmpty()
        .jsonPath("$.name")
        .isNotEmpty();
    as("pat.platform")
        .get()
        .uri("/api/v1/me")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.tenantId")
        .isEmpty()
        .jsonPath("$.roles")
        .value(roles -> assertThat((List<Object>) roles).contains((Object) "platform-admin"));
  }

  private Map<?, ?> me(String user) {
    return as(user)
        .get()
        .uri("/api/v1/me")
        .exchange()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  private String startRelationship(String user, String contactName) {
    return (String)
        as(user)
            .post()
            .uri("/api/v1/relationships")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(
                Map.of(
                    "contact",
                    Map.of("name", contactName, "company", "Acme", "role", "Data Scientist"),
                    "howWeMet",
                    "Alumni evening"))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("relationshipId");
  }

  private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec schedule(
      String user, String relationshipId, int minutes) {
    return as(user)
        .post()
        .uri("/api/v1/chats")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "relationshipId",
                relationshipId,
                "kind",
                "NETWORKING_MEETUP",
                "startsAt",
                Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                "durationMinutes",
                minutes,
                "setting",
                "VIDEO_CALL"))
        .exchange();
  }

  private static long eventCount() throws Exception {
    try (var connection = INFRA.postgresConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from domain_event_entry")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
