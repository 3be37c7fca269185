package io.rapport.application;

import static io.rapport.application.AccessMatrix.READ_ADA;
import static io.rapport.application.AccessMatrix.actOnAda;
import static io.rapport.application.AccessMatrix.anyMember;
import static io.rapport.application.AccessMatrix.anyStudent;
import static io.rapport.application.AccessMatrix.auditReader;
import static io.rapport.application.AccessMatrix.coach;
import static io.rapport.application.AccessMatrix.expect;
import static io.rapport.application.AccessMatrix.platform;
import static io.rapport.application.AccessMatrix.tenantAdmin;
import static io.rapport.application.DemoUsers.ADA;
import static io.rapport.application.DemoUsers.BEN;
import static io.rapport.application.DemoUsers.CARLA;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.application.AccessMatrix.Who;
import io.rapport.infra.testkit.KeycloakAdmin;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the API against every kind of caller, with real tokens, expecting the status
 * the contract says; no 2xx where a 403/404 is due, and nothing of ada's in another tenant's
 * answers. Fails when an endpoint of the application is missing from the matrix.
 */
class AuthorizationMatrixIT extends RapportIT {

  private static final int ROUNDS = 3;
  private static final int BODY_LIMIT = 64 * 1024 * 1024;

  /** Enrolling and assigning: the tenant's admin; another tenant's admin does not know ada. */
  private static final Map<Who, Integer> ENROL =
      expect(403, 403, 403, 403, 204, 403, 403, 403, 404, 401);

  /** The student's own privacy records: herself and the tenant-admin, not her coach. */
  private static final Map<Who, Integer> OWN_OR_ADMIN =
      expect(200, 404, 403, 403, 200, 403, 404, 403, 404, 401);

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  /** One call of the matrix: method, path (with ada's ids filled in), body, expected statuses. */
  record Call(
      HttpMethod method, String template, String path, Object body, Map<Who, Integer> expected) {}

  /** A Northfield student whom the matrix deactivates and reactivates, each round. */
  private static String matrixMember;

  @BeforeAll
  static void anotherCoach() {
    KeycloakAdmin keycloak = new KeycloakAdmin(INFRA);
    keycloak.ensureUser("nora.coach", "coach", "northfield-university");
    matrixMember = keycloak.ensureUser("matrix.member", "student", "northfield-university");
  }

  @Test
  void everyEndpointAnswersEveryCallerAsTheContractSays() {
    as("dan.admin")
        .put()
        .uri("/api/v1/students/{id}/coach", ADA)
        .bodyValue(Map.of("coachId", CARLA))
        .exchange()
        .expectStatus()
        .isNoContent();
    List<String> failures = new ArrayList<>();
    Set<String> covered = new TreeSet<>();
    int requests = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (Call call : calls(new AdaRecords(new StudentJourney(as("ada.student"))))) {
        covered.add(call.method() + " " + call.template());
        for (Who who : Who.values()) {
          requests++;
          AccessMatrix.Answer result = send(call, who);
          int expected = call.expected().get(who);
          int actual = result.status();
          if (actual != expected) {
            failures.add(
                call.method()
                    + " "
                    + call.template()
                    + " as "
                    + who
                    + ": expected "
                    + expected
                    + " but was "
                    + actual);
          }
          if (who.otherTenant()
              && result.body() != null
              && (result.body().contains("Ada Lovelace")
                  || result.body().contains("Matrix Maya"))) {
            failures.add(
                call.method() + " " + call.template() + " as " + who + " leaked ada's data");
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(covered).containsAll(endpointsOfTheApplication());
    assertThat(requests).isGreaterThan(1000);
  }

  private Set<String> endpointsOfTheApplication() {
    return mappings.getHandlerMethods().keySet().stream()
        .flatMap(
            info ->
                info.getPatternsCondition().getPatterns().stream()
                    .filter(p -> p.getPatternString().startsWith("/api/v1/"))
                    .flatMap(
                        p ->
                            info.getMethodsCondition().getMethods().stream()
                                .map(m -> m.name() + " " + p.getPatternString())))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private AccessMatrix.Answer send(Call call, Who who) {
    // the audit export holds every entry the suite has made so far in the tenant
    var spec =
        (who.username == null ? http : as(who.username))
            .mutate()
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(BODY_LIMIT))
            .build()
            .method(call.method())
            .uri(call.path());
    if (call.template().endsWith("/stream")) {
      return AccessMatrix.openStream(spec);
    }
    var exchange =
        call.body() == null
            ? spec.exchange()
            : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(call.body()).exchange();
    EntityExchangeResult<String> result = exchange.expectBody(String.class).returnResult();
    return new AccessMatrix.Answer(result.getStatus().value(), result.getResponseBody());
  }

  /** Ada's records that the calls act on, fresh for each round. */
  static final class AdaRecords {
    final String relationship;
    final String chat;
    final String chatToCancel;
    final String chatToLog;
    final String chatToThank;
    final List<String> points;

    AdaRecords(StudentJourney ada) {
      Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
      relationship = ada.startRelationship("Matrix Maya");
      chat = ada.scheduleChat(relationship, now.plus(3, ChronoUnit.DAYS), 30);
      chatToCancel = ada.scheduleChat(relationship, now.plus(3, ChronoUnit.DAYS), 30);
      chatToLog = ada.scheduleChat(relationship, now.plus(3, ChronoUnit.DAYS), 30);
      chatToThank = ada.scheduleChat(relationship, now.plus(3, ChronoUnit.DAYS), 30);
      points = ada.logMeeting(chatToThank, now.minus(1, ChronoUnit.HOURS), 30, "One", "Two");
      ada.eventually(
          "/api/v1/chats/{id}", body -> body.jsonPath("$.status").isEqualTo("HELD"), chatToThank);
      // the relationships read model is written by a processor of its own
      ada.eventually(
          "/api/v1/relationships/{id}",
          body -> body.jsonPath("$.relationshipId").isEqualTo(relationship),
          relationship);
    }
  }

  private static List<Call> calls(AdaRecords ada) {
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    String rel = "/api/v1/relationships/" + ada.relationship;
    String chat = "/api/v1/chats/" + ada.chat;
    String student = "/api/v1/students/" + ADA;
    List<Call> calls = new ArrayList<>();
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/me",
        "/api/v1/me",
        null,
        expect(200, 200, 200, 200, 200, 200, 200, 200, 200, 401));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/relationships",
        "/api/v1/relationships",
        null,
        anyMember(200));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/relationships",
        "/api/v1/relationships?studentId=" + ADA,
        null,
        READ_ADA);
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/relationships",
        "/api/v1/relationships",
        Map.of("contact", Map.of("name", "Someone")),
        anyStudent(201));
    add(calls, HttpMethod.GET, "/api/v1/relationships/{id}", rel, null, READ_ADA);
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/relationships/{id}/timeline",
        rel + "/timeline",
        null,
        READ_ADA);
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/relationships/{id}/connection-request",
        rel + "/connection-request",
        Map.of("platform", "LINKEDIN", "message", "Hi"),
        actOnAda(204));
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/relationships/{id}/connection-request/accept",
        rel + "/connection-request/accept",
        Map.of("acceptedAt", now),
        expect(204, 404, 403, 403, 403, 403, 404, 403, 403, 401));
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/relationships/{id}/reciprocity",
        rel + "/reciprocity",
        Map.of("offer", "Help"),
        actOnAda(204));
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/relationships/{id}/touchpoints",
        rel + "/touchpoints",
        Map.of("kind", "CHECK_IN", "at", now),
        actOnAda(201));
    add(
        calls,
        HttpMethod.PUT,
        "/api/v1/relationships/{id}/cadence",
        rel + "/cadence",
        Map.of("everyDays", 30),
        actOnAda(204));
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/relationships/{id}/outcomes",
        rel + "/outcomes",
        Map.of("kind", "REFERRAL", "at", now),
        actOnAda(201));
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/chats",
        "/api/v1/chats",
        Map.of(
            "relationshipId",
            ada.relationship,
            "kind",
            "NETWORKING_MEETUP",
            "startsAt",
            Instant.now().plus(2, ChronoUnit.DAYS).toString(),
            "durationMinutes",
            30,
            "setting",
            "EVENT"),
        actOnAda(201));
    add(calls, HttpMethod.GET, "/api/v1/chats/{id}", chat, null, READ_ADA);
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/chats/{id}/reschedule",
        chat + "/reschedule",
        Map.of("startsAt", Instant.now().plus(4, ChronoUnit.DAYS).toString()),
        actOnAda(204));
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/chats/{id}/cancel",
        "/api/v1/chats/" + ada.chatToCancel + "/cancel",
        Map.of("reason", "Ill"),
        actOnAda(204));
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/chats/{id}/no-show",
        chat + "/no-show",
        null,
        actOnAda(409));
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/chats/{id}/research-notes",
        chat + "/research-notes",
        Map.of("topic", "BACKGROUND", "text", "Note"),
        actOnAda(201));
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/chats/{id}/questions",
        chat + "/questions",
        Map.of("text", "How did you start?"),
        actOnAda(201));
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/chats/{id}/meeting",
        "/api/v1/chats/" + ada.chatToLog + "/meeting",
        Map.of(
            "heldAt",
            now,
            "durationMinutes",
            30,
            "points",
            List.of(Map.of("text", "P")),
            "goalsSharedWhenPrompted",
            false),
        actOnAda(200));
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/chats/{id}/thank-you",
        "/api/v1/chats/" + ada.chatToThank + "/thank-you",
        Map.of(
            "sentAt",
            now,
            "channel",
            "EMAIL",
            "message",
            "Thanks",
            "referencedPointIds",
            ada.points),
        actOnAda(200));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/students/{studentId}/timeline",
        student + "/timeline",
        null,
        READ_ADA);
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/students/{studentId}/timeline/stream",
        student + "/timeline/stream",
        null,
        READ_ADA);
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/students/{studentId}/agenda",
        student + "/agenda",
        null,
        READ_ADA);
    add(calls, HttpMethod.GET, "/api/v1/people", "/api/v1/people", null, tenantAdmin(200));
    add(
        calls,
        HttpMethod.PUT,
        "/api/v1/students/{studentId}/coach",
        student + "/coach",
        Map.of("coachId", CARLA),
        ENROL);
    add(
        calls,
        HttpMethod.PUT,
        "/api/v1/students/{studentId}/cohort",
        student + "/cohort",
        Map.of("cohort", "matrix"),
        ENROL);
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/students/{studentId}/coach-notes",
        student + "/coach-notes",
        Map.of("text", "Note"),
        expect(403, 403, 201, 404, 201, 403, 403, 404, 404, 401));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/coaches/me/caseload",
        "/api/v1/coaches/me/caseload",
        null,
        coach(200));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/reports/networking",
        "/api/v1/reports/networking",
        null,
        tenantAdmin(200));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/reports/networking.csv",
        "/api/v1/reports/networking.csv",
        null,
        tenantAdmin(200));
    add(calls, HttpMethod.GET, "/api/v1/audit", "/api/v1/audit", null, auditReader(200));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/audit/export",
        "/api/v1/audit/export",
        null,
        auditReader(200));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/audit/verify",
        "/api/v1/audit/verify",
        null,
        auditReader(200));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/students/{studentId}/export",
        student + "/export",
        null,
        OWN_OR_ADMIN);
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/students/{studentId}/disclosures",
        student + "/disclosures",
        null,
        OWN_OR_ADMIN);
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/students/{studentId}/calendar-token",
        student + "/calendar-token",
        Map.of(),
        actOnAda(201));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/students/{studentId}/calendar.ics",
        student + "/calendar.ics?token=not-the-token",
        null,
        expect(404, 404, 404, 404, 404, 404, 404, 404, 404, 404));
    add(
        calls,
        HttpMethod.DELETE,
        "/api/v1/students/{studentId}/calendar-token",
        student + "/calendar-token",
        null,
        actOnAda(204));
    add(
        calls,
        HttpMethod.DELETE,
        "/api/v1/relationships/{id}/contact/personal-data",
        rel + "/contact/personal-data",
        null,
        expect(204, 404, 403, 403, 204, 403, 404, 403, 404, 401));
    add(
        calls,
        HttpMethod.DELETE,
        "/api/v1/students/{studentId}/personal-data",
        // ben's, not ada's: the statuses are the same for any student, and ada's name stays
        "/api/v1/students/" + BEN + "/personal-data",
        null,
        ENROL);
    add(calls, HttpMethod.GET, "/api/v1/tenants", "/api/v1/tenants", null, platform(200));
    add(calls, HttpMethod.POST, "/api/v1/tenants", "/api/v1/tenants", Map.of(), platform(400));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/tenants/{tenantId}",
        "/api/v1/tenants/no-such-tenant",
        null,
        platform(404));
    add(
        calls,
        HttpMethod.PUT,
        "/api/v1/tenants/{tenantId}/thank-you-window",
        "/api/v1/tenants/no-such-tenant/thank-you-window",
        Map.of("hours", 48),
        platform(404));
    adminCalls(calls);
    return calls;
  }

  /**
   * Read-model maintenance. The matrix starts no rebuild and retries nothing (the servers are
   * shared with the other ITs): a rebuild of an unknown projection and a retry of an unknown event
   * answer 404 to platform staff; RebuildIT and DeadLetterIT do the real thing.
   */
  private static void adminCalls(List<Call> calls) {
    String projections = "/api/v1/admin/projections/{name}/rebuild";
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/admin/projections",
        "/api/v1/admin/projections",
        null,
        platform(200));
    add(
        calls,
        HttpMethod.GET,
        projections,
        "/api/v1/admin/projections/timelines/rebuild",
        null,
        platform(200));
    add(
        calls,
        HttpMethod.POST,
        projections,
        "/api/v1/admin/projections/no-such/rebuild",
        null,
        platform(404));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/admin/dead-letters",
        "/api/v1/admin/dead-letters",
        null,
        platform(200));
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/admin/dead-letters/{id}/retry",
        "/api/v1/admin/dead-letters/no-such-event/retry",
        null,
        platform(404));
    members(calls);
  }

  /** The roster and the tenant's own settings: tenant-admins, each in their own tenant. */
  private static void members(List<Call> calls) {
    // each admin acts on their own tenant; a Northfield member is unknown to Southside's
    Map<Who, Integer> northfieldMember = expect(403, 403, 403, 403, 204, 403, 403, 403, 404, 401);
    add(calls, HttpMethod.GET, "/api/v1/members", "/api/v1/members", null, tenantAdmin(200));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/members/{userId}",
        "/api/v1/members/" + ADA,
        null,
        expect(403, 403, 403, 403, 200, 403, 403, 403, 404, 401));
    add(calls, HttpMethod.POST, "/api/v1/members", "/api/v1/members", Map.of(), tenantAdmin(400));
    // a roster without its text/csv content type
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/members/import",
        "/api/v1/members/import",
        null,
        expect(403, 403, 403, 403, 415, 403, 403, 403, 415, 401));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/members/imports/{importId}",
        "/api/v1/members/imports/no-such-import",
        null,
        tenantAdmin(404));
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/members/{userId}/deactivate",
        "/api/v1/members/" + matrixMember + "/deactivate",
        null,
        northfieldMember);
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/members/{userId}/reactivate",
        "/api/v1/members/" + matrixMember + "/reactivate",
        null,
        northfieldMember);
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/tenant/settings",
        "/api/v1/tenant/settings",
        null,
        tenantAdmin(200));
    add(
        calls,
        HttpMethod.PUT,
        "/api/v1/tenant/settings",
        "/api/v1/tenant/settings",
        Map.of("thankYouWindowHours", 24, "defaultCadenceDays", 90),
        tenantAdmin(204));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/me/notifications",
        "/api/v1/me/notifications?unread=true",
        null,
        anyMember(200));
    // nobody has a notification of that id
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/me/notifications/{id}/read",
        "/api/v1/me/notifications/PREPARE_FOR_CHAT:no-such-chat/read",
        null,
        anyMember(404));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/me/notifications/stream",
        "/api/v1/me/notifications/stream",
        null,
        anyMember(200));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/me/notification-settings",
        "/api/v1/me/notification-settings",
        null,
        anyMember(200));
    add(
        calls,
        HttpMethod.PUT,
        "/api/v1/me/notification-settings",
        "/api/v1/me/notification-settings",
        Map.of(
            "email",
            true,
            "inApp",
            true,
            "rules",
            Map.of(),
            "timeZone",
            "UTC",
            "quietHours",
            Map.of("from", "21:00", "to", "08:00")),
        anyMember(204));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/reports/nudges",
        "/api/v1/reports/nudges",
        null,
        tenantAdmin(200));
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/reports/nudges.csv",
        "/api/v1/reports/nudges.csv",
        null,
        tenantAdmin(200));
    // an unsubscribe link opens with its own signature only: a token changes nothing
    Map<Who, Integer> noSuchLink = expect(404, 404, 404, 404, 404, 404, 404, 404, 404, 404);
    add(
        calls,
        HttpMethod.GET,
        "/api/v1/unsubscribe/{token}",
        "/api/v1/unsubscribe/bm9ib2R5.c2lnbmVk",
        null,
        noSuchLink);
    add(
        calls,
        HttpMethod.POST,
        "/api/v1/unsubscribe/{token}",
        "/api/v1/unsubscribe/bm9ib2R5.c2lnbmVk",
        null,
        noSuchLink);
    String provider = "/api/v1/tenant/identity-provider";
    // Northfield's is the demo's; Southside has none
    Map<Who, Integer> northfieldOnly = expect(403, 403, 403, 403, 200, 403, 403, 403, 404, 401);
    add(calls, HttpMethod.GET, provider, provider, null, northfieldOnly);
    add(calls, HttpMethod.PUT, provider, provider, Map.of(), tenantAdmin(400));
    add(calls, HttpMethod.DELETE, provider, provider, null, tenantAdmin(204));
    // linked again as the demo has it; Northfield's domain is not Southside's to take
    add(
        calls,
        HttpMethod.PUT,
        provider,
        provider,
        Map.of(
            "kind", "OIDC",
            "issuer", INFRA.issuerUri().replace("/realms/rapport", "/realms/northfield-sso"),
            "clientId", "rapport-broker",
            "clientSecret", "northfield-broker-demo-secret",
            "emailDomains", List.of("northfield.example")),
        expect(403, 403, 403, 403, 204, 403, 403, 403, 409, 401));
  }

  private static void add(
      List<Call> calls,
      HttpMethod method,
      String template,
      String path,
      Object body,
      Map<Who, Integer> expected) {
    calls.add(new Call(method, template, path, body, expected));
  }
}
