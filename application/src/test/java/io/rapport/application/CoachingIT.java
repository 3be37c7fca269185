package io.rapport.application;

import static io.rapport.application.DemoUsers.ADA;
import static io.rapport.application.DemoUsers.BEN;
import static io.rapport.application.DemoUsers.CARLA;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Coaches see their students and step in; tenant-admins assign, enrol and report. */
class CoachingIT extends RapportIT {

  private StudentJourney dan;

  @BeforeEach
  void assignAdaToCarla() {
    dan = new StudentJourney(as("dan.admin"));
    as("dan.admin")
        .put()
        .uri("/api/v1/students/{id}/coach", ADA)
        .bodyValue(Map.of("coachId", CARLA))
        .exchange()
        .expectStatus()
        .isNoContent();
    as("ada.student").get().uri("/api/v1/me").exchange().expectStatus().isOk();
    as("carla.coach").get().uri("/api/v1/me").exchange().expectStatus().isOk();
  }

  @Test
  void aTenantAdminSeesTheTenantsPeople() {
    dan.eventually(
        "/api/v1/people",
        body ->
            body.jsonPath("$.items[?(@.userId == '" + ADA + "')].name")
                .isEqualTo(List.of("Ada Lovelace"))
                .jsonPath("$.items[?(@.userId == '" + ADA + "')].coachId")
                .isEqualTo(List.of(CARLA))
                .jsonPath("$.items[?(@.userId == '" + CARLA + "')].roles[*]")
                .isEqualTo(List.of("coach"))
                .jsonPath("$.items[?(@.userId == '" + DemoUsers.EVE + "')]")
                .isEmpty());
    dan.eventually(
        "/api/v1/people?role=coach",
        body -> body.jsonPath("$.items[?(@.userId == '" + ADA + "')]").isEmpty());
    dan.get("/api/v1/people?role=nobody").expectStatus().isBadRequest();
  }

  @Test
  void theAssignedCoachReadsTheStudentAndLeavesNotes() {
    StudentJourney carla = new StudentJourney(as("carla.coach"));
    carla.eventually(
        "/api/v1/students/{id}/timeline", body -> body.jsonPath("$.items").isArray(), ADA);
    carla.get("/api/v1/students/{id}/agenda", ADA).expectStatus().isOk();
    carla.get("/api/v1/students/{id}/timeline", BEN).expectStatus().isNotFound();
    carla.get("/api/v1/relationships?studentId={id}", ADA).expectStatus().isOk();

    String text = "Great prep — try one question about career pivots. " + UUID.randomUUID();
    carla.created("/api/v1/students/{id}/coach-notes", Map.of("text", text), ADA);
    carla
        .post("/api/v1/students/{id}/coach-notes", Map.of("text", "Not my student"), BEN)
        .expectStatus()
        .isNotFound();
    new StudentJourney(as("ada.student"))
        .eventually(
            "/api/v1/students/{id}/timeline?types=CoachNoteAdded",
            body ->
                body.jsonPath("$.items[0].sentence")
                    .isEqualTo("Coach note: " + text)
                    .jsonPath("$.items[0].actorId")
                    .isEqualTo(CARLA),
            ADA);
    new StudentJourney(as("ada.student"))
        .post("/api/v1/students/{id}/coach-notes", Map.of("text", "me"), ADA)
        .expectStatus()
        .isForbidden();
  }

  @Test
  void theCaseloadPutsWhoNeedsHelpFirst() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    String rel = ada.startRelationship("Overdue Olga");
    String chat = ada.scheduleChat(rel, now.plus(1, ChronoUnit.DAYS), 30);
    ada.logMeeting(chat, now.minus(30, ChronoUnit.HOURS), 30, "A point");

    new StudentJourney(as("carla.coach"))
        .eventually(
            "/api/v1/coaches/me/caseload",
            body ->
                body.jsonPath("$.students[0].studentId")
                    .isEqualTo(ADA)
                    .jsonPath("$.students[0].name")
                    .isEqualTo("Ada Lovelace")
                    .jsonPath("$.students[0].badges[*]")
                    .value(
                        badges ->
                            assertThat((List<Object>) badges)
                                .contains((Object) "OVERDUE_THANK_YOU"))
                    .jsonPath("$.students[0].overdueThankYous")
                    .value(n -> assertThat((Integer) n).isPositive())
                    .jsonPath("$.students[0].chatsLast30Days")
                    .value(n -> assertThat((Integer) n).isPositive()));
    as("ada.student")
        .get()
        .uri("/api/v1/coaches/me/caseload")
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  @Test
  void theReportCountsAScriptedScenario() throws Exception {
    Instant from = Instant.now().minusSeconds(1);
    String cohort = "report-" + UUID.randomUUID();
    dan.put("/api/v1/students/{id}/cohort", Map.of("cohort", cohort), BEN);
    StudentJourney ben = new StudentJourney(as("ben.student"));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    String first = ben.startRelationship("Report Rita");
    String onTime = ben.scheduleChat(first, now.plus(1, ChronoUnit.DAYS), 30);
    Instant heldA = now.minus(40, ChronoUnit.HOURS);
    ben.thankYou(
            onTime, heldA.plus(3, ChronoUnit.HOURS), ben.logMeeting(onTime, heldA, 30, "a", "b"))
        .expectStatus()
        .isOk();
    String late = ben.scheduleChat(first, now.plus(2, ChronoUnit.DAYS), 30);
    Instant heldB = now.minus(35, ChronoUnit.HOURS);
    ben.thankYou(late, heldB.plus(30, ChronoUnit.HOURS), ben.logMeeting(late, heldB, 30, "c", "d"))
        .expectStatus()
        .isOk();
    ben.post(
            "/api/v1/relationships/{id}/connection-request",
            Map.of("platform", "LINKEDIN", "message", "Hi"),
            first)
        .expectStatus()
        .isNoContent();
    ben.post(
            "/api/v1/relationships/{id}/connection-request/accept",
            Map.of("acceptedAt", now.toString()),
            first)
        .expectStatus()
        .isNoContent();
    ben.post("/api/v1/relationships/{id}/reciprocity", Map.of("offer", "Beta-test your app"), first)
        .expectStatus()
        .isNoContent();
    ben.created(
        "/api/v1/relationships/{id}/outcomes",
        Map.of("kind", "REFERRAL", "at", now.toString()),
        first);

    String second = ben.startRelationship("Report Rob");
    ben.created(
        "/api/v1/chats",
        Map.of(
            "relationshipId",
            second,
            "kind",
            "NETWORKING_MEETUP",
            "startsAt",
            now.plus(3, ChronoUnit.DAYS).toString(),
            "durationMinutes",
            45,
            "setting",
            "EVENT"));
    ben.created(
        "/api/v1/relationships/{id}/outcomes",
        Map.of("kind", "OFFER", "at", now.toString()),
        second);

    String query = "/api/v1/reports/networking?from=" + from + "&cohort=" + cohort;
    dan.eventually(
        query,
        body ->
            body.jsonPath("$.rows.length()")
                .isEqualTo(2)
                .jsonPath("$.rows[0].kind")
                .isEqualTo("INFORMATIONAL_INTERVIEW")
                .jsonPath("$.rows[0].scheduled")
                .isEqualTo(2)
                .jsonPath("$.rows[0].held")
                .isEqualTo(2)
                .jsonPath("$.rows[0].thankYouSent")
                .isEqualTo(2)
                .jsonPath("$.rows[0].thankYouOnTime")
                .isEqualTo(1)
                .jsonPath("$.rows[0].connectionRequested")
                .isEqualTo(1)
                .jsonPath("$.rows[0].connectionAccepted")
                .isEqualTo(1)
                .jsonPath("$.rows[0].reciprocityOffered")
                .isEqualTo(1)
                .jsonPath("$.rows[0].outcomes.REFERRAL")
                .isEqualTo(1)
                .jsonPath("$.rows[0].medianHoursToThankYou")
                .isEqualTo(16.5)
                .jsonPath("$.rows[1].kind")
                .isEqualTo("NETWORKING_MEETUP")
                .jsonPath("$.rows[1].scheduled")
                .isEqualTo(1)
                .jsonPath("$.rows[1].held")
                .isEqualTo(0)
                .jsonPath("$.rows[1].outcomes.OFFER")
                .isEqualTo(1)
                .jsonPath("$.rows[1].medianHoursToThankYou")
                .isEmpty());

    String csv =
        dan.get(query.replace("networking?", "networking.csv?"))
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith("text/csv")
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).toMap())
        .containsEntry("cohort", cohort)
        .containsEntry("kind", "INFORMATIONAL_INTERVIEW")
        .containsEntry("scheduled", "2")
        .containsEntry("held", "2")
        .containsEntry("thankYouSent", "2")
        .containsEntry("thankYouOnTime", "1")
        .containsEntry("connectionRequested", "1")
        .containsEntry("connectionAccepted", "1")
        .containsEntry("reciprocityOffered", "1")
        .containsEntry("outcome_REFERRAL", "1")
        .containsEntry("outcome_OFFER", "0")
        .containsEntry("medianHoursToThankYou", "16.5");
    assertThat(rows.get(1).toMap())
        .containsEntry("kind", "NETWORKING_MEETUP")
        .containsEntry("scheduled", "1")
        .containsEntry("outcome_OFFER", "1")
        .containsEntry("medianHoursToThankYou", "");
    new StudentJourney(as("carla.coach")).get(query).expectStatus().isForbidden();
  }
}
