package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rapport.command.app.nudge.NudgeDispatcher;
import io.rapport.infra.testkit.KeycloakAdmin;
import io.rapport.infra.testkit.ReceivedMail;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.core.ConditionTimeoutException;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.Disposable;

/**
 * Nudges end to end, on Axon's clock moved forward instead of waiting: each rule's nudge reaches
 * its recipient once, in the app and by e-mail, unless its reason went away or the tenant switched
 * the rule off; the e-mail's one-click unsubscribe works without signing in; notifications are
 * read, followed live, and counted in a report that a rebuild gives back unchanged.
 */
class NudgesIT extends RapportIT {

  private static final Duration NUDGED = Duration.ofSeconds(30);

  /**
   * A tenant of this test's own, so that the nudges it sends on a clock moved days ahead (and
   * recorded at those instants) reach no one another test reads about.
   */
  private static final String TAG = UUID.randomUUID().toString().substring(0, 6);

  private static final String TENANT = "nudges-" + TAG;
  private static final String STUDENT = "nia." + TAG;
  private static final String COACH = "cole." + TAG;
  private static final String ADMIN = "ann." + TAG;
  private static final String STUDENTS_NAME = "Test " + STUDENT;
  private static String studentId;
  private static String coachId;

  @Autowired NudgeDispatcher dispatcher;

  private StudentJourney nia;
  private Instant now;

  /** Onboards the test's own tenant with its student, coach and admin, once. */
  private void ownTenant() {
    if (studentId != null) {
      return;
    }
    as("pat.platform")
        .post()
        .uri("/api/v1/tenants")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("tenantId", TENANT, "name", "Nudges " + TAG, "kind", "UNIVERSITY"))
        .exchange()
        .expectStatus()
        .isCreated();
    KeycloakAdmin keycloak = new KeycloakAdmin(INFRA);
    coachId = keycloak.addMember(TENANT, COACH, "coach");
    keycloak.addMember(TENANT, ADMIN, "tenant-admin");
    studentId = keycloak.addMember(TENANT, STUDENT, "student");
    // each is known to the tenant once they called
    for (String user : List.of(STUDENT, COACH, ADMIN)) {
      as(user).get().uri("/api/v1/me").exchange().expectStatus().isOk();
    }
  }

  @BeforeEach
  void quietHoursOff() {
    ownTenant();
    nia = new StudentJourney(as(STUDENT));
    now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    // nudges due at any hour of the day the test moves the clock to are sent at once
    for (String user : List.of(STUDENT, COACH)) {
      new StudentJourney(as(user))
          .put(
              "/api/v1/me/notification-settings",
              Map.of(
                  "email",
                  true,
                  "inApp",
                  true,
                  "rules",
                  Map.of(),
                  "timeZone",
                  "Europe/Paris",
                  "quietHours",
                  Map.of("from", "00:00", "to", "00:00")));
    }
  }

  @AfterEach
  void clockBack() {
    GenericEventMessage.clock = Clock.systemUTC();
  }

  @Test
  void aChatWithoutPreparationIsRemindedOnceByMailAndInTheAppAndTheMailUnsubscribesInOneClick() {
    String relationship = nia.startRelationship("Nudge Nora");
    String unprepared = nia.scheduleChat(relationship, now.plus(30, ChronoUnit.HOURS), 30);
    String prepared = nia.scheduleChat(relationship, now.plus(30, ChronoUnit.HOURS), 30);
    nia.created(
        "/api/v1/chats/{id}/questions",
        Map.of("text", "How did you move from research into product work?"),
        prepared);

    awaitNotification(
        as(STUDENT), "PREPARE_FOR_CHAT", "/chats/" + unprepared, now.plus(7, ChronoUnit.HOURS));
    sendDueAt(now.plus(8, ChronoUnit.HOURS));
    assertThat(notifications(as(STUDENT), "/chats/" + unprepared)).hasSize(1);
    assertThat(notifications(as(STUDENT), "/chats/" + prepared)).isEmpty();
    Map<String, Object> nudge = notifications(as(STUDENT), "/chats/" + unprepared).get(0);
    assertThat(nudge.get("title")).isEqualTo("Prepare for your chat with Nudge Nora");
    assertThat((String) nudge.get("text")).contains("starts");

    ReceivedMail mail = awaitMail("Prepare for your chat with Nudge Nora");
    assertThat(mail.textBody()).contains("/chats/" + unprepared).contains("Stop these reminders");
    assertThat(mail.htmlBody()).contains("Open in Rapport");
    assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    String link = mail.header("List-Unsubscribe");
    assertThat(link).startsWith("<http://localhost:8080/api/v1/unsubscribe/").endsWith(">");
    String path = link.substring("<http://localhost:8080".length(), link.length() - 1);

    // the nudge was recorded at the instant the clock was moved to
    nia.eventually(
        "/api/v1/relationships/{id}/timeline?asOf=" + now.plus(9, ChronoUnit.HOURS),
        body ->
            body.jsonPath("$.items[?(@.type == 'NudgeSent')].sentence")
                .isEqualTo(List.of("Reminded to prepare for the chat with Nudge Nora")),
        relationship);

    // a mail client's one-click unsubscribe: no sign-in, the link's signature is enough
    http.get()
        .uri(path)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(page -> assertThat(page).contains("<form method=\"post\""));
    http.post()
        .uri(path)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData("List-Unsubscribe", "One-Click"))
        .exchange()
        .expectStatus()
        .isOk();
    nia.eventually(
        "/api/v1/me/notification-settings",
        body -> body.jsonPath("$.rules.PREPARE_FOR_CHAT").isEqualTo(false));
    http.post()
        .uri(path.substring(0, path.length() - 4) + "AAAA")
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void aThankYouDueThenOverdueReachesTheStudentAndHerCoachAndTheReportSurvivesARebuild() {
    as(ADMIN)
        .put()
        .uri("/api/v1/students/{id}/coach", studentId)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("coachId", coachId))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    String relationship = nia.startRelationship("Nudge Nils");
    String thanked = nia.scheduleChat(relationship, now.plus(3, ChronoUnit.DAYS), 30);
    String forgotten = nia.scheduleChat(relationship, now.plus(3, ChronoUnit.DAYS), 30);
    Instant heldAt = now.minus(1, ChronoUnit.HOURS);
    List<String> points = nia.logMeeting(thanked, heldAt, 30, "Career pivots", "Team rituals");
    nia.logMeeting(forgotten, heldAt, 30, "Hiring loops", "Mentors");

    // due 6 hours before the 24-hour window closes
    awaitNotification(
        as(STUDENT), "THANK_YOU_DUE", "/chats/" + thanked, now.plus(18, ChronoUnit.HOURS));
    awaitNotification(
        as(STUDENT), "THANK_YOU_DUE", "/chats/" + forgotten, now.plus(18, ChronoUnit.HOURS));
    nia.thankYou(thanked, Instant.now().truncatedTo(ChronoUnit.SECONDS), points)
        .expectStatus()
        .isOk();

    Map<String, Object> overdue =
        awaitNotification(
            as(STUDENT),
            "THANK_YOU_OVERDUE",
            "/chats/" + forgotten,
            now.plus(24, ChronoUnit.HOURS));
    // the coach hears of every overdue thank-you of Ada's: this one is about Nils
    Map<String, Object> coachs =
        awaitNotification(
            as(COACH),
            "THANK_YOU_OVERDUE",
            "/students/" + studentId,
            "Nudge Nils",
            now.plus(24, ChronoUnit.HOURS));
    assertThat(coachs.get("title")).isEqualTo(STUDENTS_NAME + "'s thank-you is overdue");
    assertThat(notifications(as(STUDENT), "/chats/" + thanked))
        .extracting(n -> n.get("rule"))
        .containsExactly("THANK_YOU_DUE");

    // reading one: only its recipient may, and it no longer counts as unread
    int unreadBefore = unreadCount();
    as(COACH)
        .post()
        .uri("/api/v1/me/notifications/{id}/read", overdue.get("id"))
        .exchange()
        .expectStatus()
        .isNotFound();
    as(STUDENT)
        .post()
        .uri("/api/v1/me/notifications/{id}/read", overdue.get("id"))
        .exchange()
        .expectStatus()
        .isNoContent();
    await().atMost(NUDGED).until(() -> unreadCount() == unreadBefore - 1);
    assertThat(page(as(STUDENT), "?unread=true&limit=200"))
        .noneMatch(n -> overdue.get("id").equals(n.get("id")));

    String report =
        "/api/v1/reports/nudges?from="
            + LocalDate.now(ZoneOffset.UTC).minusDays(1)
            + "&to="
            + LocalDate.now(ZoneOffset.UTC).plusDays(2);
    StudentJourney dan = new StudentJourney(as(ADMIN));
    dan.eventually(
        report,
        body ->
            body.jsonPath("$.rules[?(@.rule == 'THANK_YOU_DUE')].nudged.actedInTime")
                .value(acted -> assertThat((List<Integer>) acted).first().isNotEqualTo(0)));
    String before =
        dan.get(report)
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(
            dan.get(report.replace("nudges?", "nudges.csv?"))
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody())
        .startsWith("rule,nudgedCases,nudgedActedInTime,nudgedRate,notNudgedCases")
        .contains("\nTHANK_YOU_DUE,");

    as("pat.platform")
        .post()
        .uri("/api/v1/admin/projections/{name}/rebuild", "nudge-report")
        .exchange()
        .expectStatus()
        .isAccepted();
    await()
        .atMost(Duration.ofMinutes(2))
        .untilAsserted(
            () ->
                as("pat.platform")
                    .get()
                    .uri("/api/v1/admin/projections/{name}/rebuild", "nudge-report")
                    .exchange()
                    .expectBody()
                    .jsonPath("$.state")
                    .isEqualTo("DONE"));
    assertThat(
            dan.get(report)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody())
        .isEqualTo(before);
  }

  @Test
  void aRuleTheTenantSwitchedOffSendsNothingAndANewNudgeArrivesLive() {
    StudentJourney dan = new StudentJourney(as(ADMIN));
    Map<String, Object> settings =
        dan.get("/api/v1/tenant/settings")
            .expectStatus()
            .isOk()
            .expectBody(MAP)
            .returnResult()
            .getResponseBody();
    @SuppressWarnings("unchecked")
    Map<String, Object> nudges = (Map<String, Object>) settings.get("nudges");
    Map<String, Object> off = new java.util.HashMap<>(settings);
    Map<String, Object> offNudges = new java.util.HashMap<>(nudges);
    offNudges.put("rules", Map.of("PREPARE_FOR_CHAT", false));
    off.put("nudges", offNudges);
    List<ServerSentEvent<Map<String, Object>>> live = new CopyOnWriteArrayList<>();
    Disposable stream =
        as(STUDENT)
            .get()
            .uri("/api/v1/me/notifications/stream")
            .accept(MediaType.TEXT_EVENT_STREAM)
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(EVENT)
            .getResponseBody()
            .subscribe(live::add);
    try {
      dan.put("/api/v1/tenant/settings", off);
      dan.eventually(
          "/api/v1/tenant/settings",
          body -> body.jsonPath("$.nudges.rules.PREPARE_FOR_CHAT").isEqualTo(false));
      String relationship = nia.startRelationship("Nudge Nell");
      String chat = nia.scheduleChat(relationship, now.plus(20, ChronoUnit.HOURS), 30);
      // a meeting logged after the chat was scheduled: once it is nudged, the chat was planned
      String later = nia.scheduleChat(relationship, now.plus(3, ChronoUnit.DAYS), 30);
      nia.logMeeting(later, now.minus(1, ChronoUnit.HOURS), 30, "Roadmaps", "Hiring");
      awaitNotification(
          as(STUDENT), "THANK_YOU_DUE", "/chats/" + later, now.plus(18, ChronoUnit.HOURS));
      assertThat(notifications(as(STUDENT), "/chats/" + chat)).isEmpty();
      await()
          .atMost(NUDGED)
          .untilAsserted(
              () ->
                  assertThat(live)
                      .anyMatch(
                          event ->
                              "notification".equals(event.event())
                                  && event.data() != null
                                  && ("/chats/" + later).equals(event.data().get("link"))));
    } finally {
      stream.dispose();
      dan.put("/api/v1/tenant/settings", settings);
    }
  }

  @Test
  void aQuietRelationshipAndAnUnansweredRequestAreRemindedOfOnTheirDueDates() {
    String relationship = nia.startRelationship("Nudge Nadia");
    nia.put("/api/v1/relationships/{id}/cadence", Map.of("everyDays", 7), relationship);
    nia.post(
            "/api/v1/relationships/{id}/connection-request",
            Map.of("platform", "LINKEDIN", "message", "Glad we met at the alumni evening."),
            relationship)
        .expectStatus()
        .is2xxSuccessful();
    String link = "/relationships/" + relationship;

    Map<String, Object> touchpoint =
        awaitNotification(as(STUDENT), "TOUCHPOINT_DUE", link, now.plus(8, ChronoUnit.DAYS));
    assertThat(touchpoint.get("title")).isEqualTo("Time to get in touch with Nudge Nadia");
    awaitNotification(as(STUDENT), "CONNECTION_FOLLOW_UP", link, now.plus(15, ChronoUnit.DAYS));
    // each once: the touchpoint for its due date, the follow-up for its request
    sendDueAt(now.plus(16, ChronoUnit.DAYS));
    assertThat(notifications(as(STUDENT), link))
        .extracting(n -> n.get("rule"))
        .containsExactlyInAnyOrder("TOUCHPOINT_DUE", "CONNECTION_FOLLOW_UP");
  }

  @Test
  void aCoachHearsOnMondayMorningWhichStudentsNeedHelp() {
    as(ADMIN)
        .put()
        .uri("/api/v1/students/{id}/coach", studentId)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("coachId", coachId))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    // a meeting three days ago without a thank-you: Ada needs help
    String relationship = nia.startRelationship("Nudge Nina");
    String chat = nia.scheduleChat(relationship, now.plus(3, ChronoUnit.DAYS), 30);
    nia.logMeeting(chat, now.minus(3, ChronoUnit.DAYS), 30, "Pivots", "Mentors");
    new StudentJourney(as(COACH))
        .eventually(
            "/api/v1/coaches/me/caseload",
            body ->
                body.jsonPath("$.students[?(@.studentId == '" + studentId + "')].badges[*]")
                    .value(
                        badges ->
                            assertThat(String.valueOf(badges)).contains("OVERDUE_THANK_YOU")));

    // the digest goes out at 08:00 on Monday in Paris, the coach's zone; an earlier test may
    // have moved the clock past this Monday already, so the next ones are tried too
    Instant monday = nextMondayEightInParis(now);
    List<Map<String, Object>> digests = new ArrayList<>();
    for (int week = 0; week < 4 && digests.isEmpty(); week++) {
      Instant at = monday.plus(7L * week, ChronoUnit.DAYS).plus(1, ChronoUnit.MINUTES);
      try {
        await()
            .atMost(Duration.ofSeconds(8))
            .pollInterval(Duration.ofMillis(300))
            .untilAsserted(
                () -> {
                  sendDueAt(at);
                  digests.clear();
                  digests.addAll(
                      notifications(as(COACH), "/caseload").stream()
                          .filter(n -> "COACH_WEEKLY_DIGEST".equals(n.get("rule")))
                          .filter(n -> String.valueOf(n.get("text")).contains(STUDENTS_NAME))
                          .toList());
                  assertThat(digests).isNotEmpty();
                });
      } catch (ConditionTimeoutException notThisWeek) {
        // tried again a week later
      }
    }
    assertThat(digests).isNotEmpty();
    assertThat((String) digests.get(0).get("text")).contains(STUDENTS_NAME + " (overdue thank you");
  }

  private static Instant nextMondayEightInParis(Instant after) {
    ZonedDateTime monday =
        after
            .atZone(ZoneId.of("Europe/Paris"))
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
            .withHour(8)
            .withMinute(0)
            .withSecond(0)
            .withNano(0);
    return monday.toInstant().isBefore(after)
        ? monday.plusWeeks(1).toInstant()
        : monday.toInstant();
  }

  private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT =
      new ParameterizedTypeReference<>() {};

  private static final ParameterizedTypeReference<Map<String, Object>> MAP =
      new ParameterizedTypeReference<>() {};

  /** Sends what is due at the instant, on Axon's clock set to it. */
  private void sendDueAt(Instant at) {
    GenericEventMessage.clock = Clock.fixed(at, ZoneOffset.UTC);
    try {
      dispatcher.sendDueOf(TENANT);
    } finally {
      GenericEventMessage.clock = Clock.systemUTC();
    }
  }

  /** Sends what is due at the instant until the recipient has the nudge; returns it. */
  private Map<String, Object> awaitNotification(
      WebTestClient recipient, String rule, String link, Instant at) {
    return awaitNotification(recipient, rule, link, "", at);
  }

  /** As above, for the nudge whose text names {@code about}. */
  private Map<String, Object> awaitNotification(
      WebTestClient recipient, String rule, String link, String about, Instant at) {
    List<Map<String, Object>> found = new ArrayList<>();
    await()
        .atMost(NUDGED)
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () -> {
              sendDueAt(at);
              found.clear();
              found.addAll(
                  notifications(recipient, link).stream()
                      .filter(n -> rule.equals(n.get("rule")))
                      .filter(n -> String.valueOf(n.get("text")).contains(about))
                      .toList());
              assertThat(found).hasSize(1);
            });
    return found.get(0);
  }

  private List<Map<String, Object>> notifications(WebTestClient recipient, String link) {
    return page(recipient, "?limit=200").stream().filter(n -> link.equals(n.get("link"))).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> page(WebTestClient recipient, String query) {
    Map<String, Object> page =
        recipient
            .get()
            .uri("/api/v1/me/notifications" + query)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(MAP)
            .returnResult()
            .getResponseBody();
    return (List<Map<String, Object>>) page.get("items");
  }

  private int unreadCount() {
    return ((Number)
            as(STUDENT)
                .get()
                .uri("/api/v1/me/notifications?limit=1")
                .exchange()
                .expectBody(MAP)
                .returnResult()
                .getResponseBody()
                .get("unreadCount"))
        .intValue();
  }

  private ReceivedMail awaitMail(String subject) {
    List<ReceivedMail> found = new ArrayList<>();
    await()
        .atMost(NUDGED)
        .untilAsserted(
            () -> {
              found.clear();
              found.addAll(
                  INFRA.mailTo(STUDENT + "@" + TENANT + ".example").stream()
                      .filter(mail -> subject.equals(mail.subject()))
                      .toList());
              assertThat(found).hasSize(1);
            });
    return found.get(0);
  }
}
