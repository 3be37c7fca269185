package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole story the product exists for, as ada.student: schedule, prepare, meet, thank, connect,
 * offer help, keep in touch and record what came of it; and the refusals on the way.
 */
class StudentLifecycleIT extends RapportIT {

  private static final String ADA_ID = "ec973c70-ab69-4ce9-8db9-ce3c0f2acd52";

  @Test
  void aStudentLivesTheWholeStory() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    String maya = ada.startRelationship("Maya Chen");
    String chat = ada.scheduleChat(maya, now.plus(3, ChronoUnit.DAYS), 30);

    ada.post(
            "/api/v1/chats/{id}/reschedule",
            Map.of("startsAt", now.plus(2, ChronoUnit.DAYS).toString()),
            chat)
        .expectStatus()
        .isNoContent();
    ada.created(
        "/api/v1/chats/{id}/research-notes",
        Map.of(
            "topic",
            "RECENT_PROJECTS",
            "text",
            "Led the churn model rebuild",
            "sourceUrl",
            "https://example.com/post"),
        chat);
    assertThat(
            ada.created(
                "/api/v1/chats/{id}/questions",
                Map.of("text", "What do you enjoy most about your role?"),
                chat))
        .containsEntry("flags", List.of());
    assertThat(
            ada.created(
                "/api/v1/chats/{id}/questions",
                Map.of("text", "Is your team hiring right now?"),
                chat))
        .containsEntry("flags", List.of("CLOSED_ENDED", "JOB_OPENING"));
    ada.created(
        "/api/v1/chats/{id}/questions",
        Map.of("text", "How did you move from analysis into leading a team?"),
        chat);

    ada.eventually(
        "/api/v1/chats/{id}",
        body ->
            body.jsonPath("$.preparation.researchNotes.length()")
                .isEqualTo(1)
                .jsonPath("$.preparation.questions.length()")
                .isEqualTo(3)
                .jsonPath("$.preparation.flaggedQuestions")
                .isEqualTo(1)
                .jsonPath("$.preparation.hasEnoughQuestions")
                .isEqualTo(true)
                .jsonPath("$.toDo[0]")
                .isEqualTo("Rethink 1 flagged question.")
                .jsonPath("$.startsAt")
                .isEqualTo(now.plus(2, ChronoUnit.DAYS).toString())
                .jsonPath("$.contactName")
                .isEqualTo("Maya Chen"),
        chat);

    // the thank-you waits for the meeting
    ada.thankYou(chat, now, List.of("a", "b"))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/meeting-not-logged");

    Instant heldAt = now.minus(4, ChronoUnit.HOURS);
    List<String> points =
        ada.logMeeting(chat, heldAt, 40, "Stakeholder maps", "How the team hires", "Reading list");
    assertThat(points).hasSize(3);

    ada.thankYou(chat, heldAt.plus(3, ChronoUnit.HOURS), points.subList(0, 1))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("referencedPointIds");
    ada.thankYou(chat, heldAt.plus(3, ChronoUnit.HOURS), List.of(points.get(0), "not-a-point"))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/unknown-point");
    assertThat(
            ada.ok(
                "/api/v1/chats/{id}/thank-you",
                Map.of(
                    "sentAt",
                    heldAt.plus(3, ChronoUnit.HOURS).toString(),
                    "channel",
                    "EMAIL",
                    "message",
                    "Thank you!",
                    "referencedPointIds",
                    points.subList(0, 2)),
                chat))
        .containsEntry("onTime", true)
        .containsEntry("hoursAfterMeeting", 3);
    ada.thankYou(chat, heldAt.plus(4, ChronoUnit.HOURS), points.subList(1, 3))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/thank-you-already-sent");
    ada.post(
            "/api/v1/chats/{id}/reschedule",
            Map.of("startsAt", now.plus(5, ChronoUnit.DAYS).toString()),
            chat)
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/chat-already-held");

    ada.post(
            "/api/v1/relationships/{id}/connection-request/accept",
            Map.of("acceptedAt", now.toString()),
            maya)
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/connection-not-requested");
    ada.post(
            "/api/v1/relationships/{id}/connection-request",
            Map.of("platform", "LINKEDIN", "message", "Thanks again for the chat yesterday!"),
            maya)
        .expectStatus()
        .isNoContent();
    ada.post(
            "/api/v1/relationships/{id}/connection-request/accept",
            Map.of("acceptedAt", now.toString()),
            maya)
        .expectStatus()
        .isNoContent();
    ada.post(
            "/api/v1/relationships/{id}/reciprocity",
            Map.of("offer", "Happy to test your team's new survey"),
            maya)
        .expectStatus()
        .isNoContent();
    ada.created(
        "/api/v1/relationships/{id}/touchpoints",
        Map.of(
            "kind",
            "ARTICLE_SHARED",
            "note",
            "Sent the causal inference paper",
            "at",
            now.toString()),
        maya);
    ada.post("/api/v1/relationships/{id}/cadence", Map.of(), maya).expectStatus().isEqualTo(405);
    as("ada.student")
        .put()
        .uri("/api/v1/relationships/{id}/cadence", maya)
        .bodyValue(Map.of("everyDays", 60))
        .exchange()
        .expectStatus()
        .isNoContent();
    as("ada.student")
        .put()
        .uri("/api/v1/relationships/{id}/cadence", maya)
        .bodyValue(Map.of("everyDays", 5))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("everyDays");
    ada.created(
        "/api/v1/relationships/{id}/outcomes",
        Map.of(
            "kind", "REFERRAL", "note", "Referred me to the analytics lead", "at", now.toString()),
        maya);

    ada.eventually(
        "/api/v1/relationships/{id}/timeline",
        body ->
            body.jsonPath("$.items.length()")
                .isEqualTo(15)
                .jsonPath("$.items[*].type")
                .isEqualTo(
                    List.of(
                        "RelationshipStarted",
                        "ChatScheduled",
                        "ChatRescheduled",
                        "ResearchNoteAdded",
                        "QuestionPrepared",
                        "QuestionPrepared",
                        "QuestionPrepared",
                        "MeetingLogged",
                        "ThankYouSent",
                        "ConnectionRequested",
                        "ConnectionAccepted",
                        "ReciprocityOffered",
                        "TouchpointLogged",
                        "CadenceSet",
                        "OutcomeRecorded"))
                .jsonPath("$.items[0].sentence")
                .isEqualTo("Started a relationship with Maya Chen")
                .jsonPath("$.items[5].sentence")
                .isEqualTo("Prepared a question for Maya Chen (flagged: closed ended, job opening)")
                .jsonPath("$.items[7].sentence")
                .isEqualTo("Met Maya Chen for 40 min, discussing 3 points, with 1 lead")
                .jsonPath("$.items[8].sentence")
                .isEqualTo("Sent a thank-you to Maya Chen, 3 h after the meeting, naming 2 points")
                .jsonPath("$.items[9].sentence")
                .isEqualTo("Sent Maya Chen a connection request on LinkedIn")
                .jsonPath("$.items[12].sentence")
                .isEqualTo("Shared an article with Maya Chen")
                .jsonPath("$.items[14].sentence")
                .isEqualTo("Recorded an outcome with Maya Chen: referral"),
        maya);
    ada.eventually(
        "/api/v1/students/{id}/timeline?relationshipId={rel}&limit=3",
        body ->
            body.jsonPath("$.items[*].type")
                .isEqualTo(List.of("OutcomeRecorded", "CadenceSet", "TouchpointLogged"))
                .jsonPath("$.nextCursor")
                .isNotEmpty(),
        ADA_ID,
        maya);
    ada.eventually(
        "/api/v1/students/{id}/timeline?relationshipId={rel}&types=ThankYouSent,MeetingLogged",
        body ->
            body.jsonPath("$.items[*].type").isEqualTo(List.of("ThankYouSent", "MeetingLogged")),
        ADA_ID,
        maya);
    ada.eventually(
        "/api/v1/chats/{id}",
        body ->
            body.jsonPath("$.status")
                .isEqualTo("HELD")
                .jsonPath("$.meeting.points.length()")
                .isEqualTo(3)
                .jsonPath("$.meeting.leads[0]")
                .isEqualTo("An unadvertised analyst role next quarter")
                .jsonPath("$.thankYou.onTime")
                .isEqualTo(true)
                .jsonPath("$.thankYou.hoursAfterMeeting")
                .isEqualTo(3)
                .jsonPath("$.toDo.length()")
                .isEqualTo(0),
        chat);
    ada.eventually(
        "/api/v1/relationships/{id}",
        body ->
            body.jsonPath("$.status")
                .isEqualTo("ACTIVE")
                .jsonPath("$.cadenceDays")
                .isEqualTo(60)
                .jsonPath("$.lastContactAt")
                .isEqualTo(now.toString())
                .jsonPath("$.nextTouchpointDue")
                .isEqualTo(now.plus(60, ChronoUnit.DAYS).toString())
                .jsonPath("$.connection.acceptedAt")
                .isEqualTo(now.toString())
                .jsonPath("$.reciprocityOffers[0]")
                .isEqualTo("Happy to test your team's new survey")
                .jsonPath("$.outcomes[0].kind")
                .isEqualTo("REFERRAL"),
        maya);
  }

  @Test
  void aLateThankYouIsAcceptedAndSaysHowLate() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    String rel = ada.startRelationship("Late Larry");
    String chat = ada.scheduleChat(rel, now.plus(1, ChronoUnit.DAYS), 30);
    Instant heldAt = now.minus(31, ChronoUnit.HOURS);
    List<String> points = ada.logMeeting(chat, heldAt, 30, "One", "Two");
    assertThat(
            ada.ok(
                "/api/v1/chats/{id}/thank-you",
                Map.of(
                    "sentAt",
                    heldAt.plus(30, ChronoUnit.HOURS).toString(),
                    "channel",
                    "LINKEDIN",
                    "message",
                    "Thank you!",
                    "referencedPointIds",
                    points),
                chat))
        .containsEntry("onTime", false)
        .containsEntry("hoursAfterMeeting", 30);
    ada.eventually(
        "/api/v1/relationships/{id}/timeline",
        body ->
            body.jsonPath("$.items[3].sentence")
                .isEqualTo(
                    "Sent a thank-you to Late Larry, 30 h after the meeting, naming 2 points (late)"),
        rel);
  }

  @Test
  void theAgendaShowsWhatIsDue() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    String rel = ada.startRelationship("Agenda Alice");
    String upcoming = ada.scheduleChat(rel, now.plus(5, ChronoUnit.DAYS), 30);
    String held = ada.scheduleChat(rel, now.plus(1, ChronoUnit.DAYS), 30);
    ada.logMeeting(held, now.minus(2, ChronoUnit.HOURS), 30, "Point");
    String overdue = ada.scheduleChat(rel, now.plus(1, ChronoUnit.DAYS), 30);
    ada.logMeeting(overdue, now.minus(30, ChronoUnit.HOURS), 30, "Point");

    ada.eventually(
        "/api/v1/students/{id}/agenda",
        body ->
            body.jsonPath("$.upcomingChats[?(@.chatId == '" + upcoming + "')].contactName")
                .isEqualTo(List.of("Agenda Alice"))
                .jsonPath("$.preparationGaps[?(@.chatId == '" + upcoming + "')].missing[*]")
                .isEqualTo(List.of("RESEARCH_NOTE", "THREE_QUESTIONS"))
                .jsonPath("$.thankYousDue[?(@.chatId == '" + held + "')].hoursLeft")
                .value(hours -> assertThat(first(hours)).isBetween(21.5, 22.0))
                .jsonPath("$.thankYousOverdue[?(@.chatId == '" + overdue + "')].hoursLeft")
                .value(hours -> assertThat(first(hours)).isBetween(-6.5, -6.0)),
        ADA_ID);
  }

  private static double first(Object numbers) {
    assertThat((List<?>) numbers).isNotEmpty();
    return ((Number) ((List<?>) numbers).get(0)).doubleValue();
  }

  @Test
  void anotherStudentCannotSeeOrTouchIt() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    StudentJourney ben = new StudentJourney(as("ben.student"));
    String rel = ada.startRelationship("Private Pat");
    String chat = ada.scheduleChat(rel, Instant.now().plus(1, ChronoUnit.DAYS), 30);
    ada.eventually(
        "/api/v1/relationships/{id}",
        body -> body.jsonPath("$.relationshipId").isEqualTo(rel),
        rel);

    ben.get("/api/v1/relationships/{id}", rel).expectStatus().isNotFound();
    ben.get("/api/v1/relationships/{id}/timeline", rel).expectStatus().isNotFound();
    ben.get("/api/v1/relationships?studentId={id}", ADA_ID).expectStatus().isNotFound();
    ben.get("/api/v1/students/{id}/agenda", ADA_ID).expectStatus().isNotFound();
    ben.post("/api/v1/relationships/{id}/reciprocity", Map.of("offer", "Hi"), rel)
        .expectStatus()
        .isNotFound();
    ben.post("/api/v1/chats/{id}/questions", Map.of("text", "Hi?"), chat)
        .expectStatus()
        .isNotFound();
    ben.post("/api/v1/chats/{id}/cancel", Map.of("reason", "mine now"), chat)
        .expectStatus()
        .isNotFound();
    String bensList =
        ben.get("/api/v1/relationships")
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(bensList).doesNotContain(rel, "Private Pat");
  }
}
