package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rapport.infra.testkit.KeycloakAdmin;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A tenant-admin brings people in and out: invitations, a roster imported (dry run first, then for
 * real, then again without changes), deactivation that stops even a token issued before, and the
 * tenant's own settings; nobody else may, and nothing reaches another tenant.
 */
class MembersIT extends RapportIT {

  private static final Duration SOON = Duration.ofSeconds(60);
  private final KeycloakAdmin keycloak = new KeycloakAdmin(INFRA);

  @Test
  void anInvitationCreatesTheAccountAndIsListedUntilTheMemberSignsIn() {
    // an address Northfield's own identity provider does not serve: a Rapport password is needed
    String email = unique("iris") + "@personal.example";
    StudentJourney dan = new StudentJourney(as("dan.admin"));
    Map<String, Object> invited =
        dan.created(
            "/api/v1/members",
            Map.of(
                "email", email,
                "firstName", "Iris",
                "lastName", "Invited",
                "role", "STUDENT",
                "cohort", "Fall 2026",
                "coachEmail", "carla.coach@northfield.example"));
    String userId = (String) invited.get("userId");
    assertThat(invited).containsEntry("status", "INVITED");

    dan.eventually(
        "/api/v1/members?q={q}",
        body ->
            body.jsonPath("$.items[0].userId")
                .isEqualTo(userId)
                .jsonPath("$.items[0].status")
                .isEqualTo("INVITED")
                .jsonPath("$.items[0].role")
                .isEqualTo("STUDENT")
                .jsonPath("$.items[0].cohort")
                .isEqualTo("Fall 2026")
                .jsonPath("$.items[0].coachId")
                .isEqualTo(DemoUsers.CARLA)
                .jsonPath("$.items[0].email")
                .isEqualTo(email),
        email);

    // the invitation names the institution and the role, and Keycloak's own mail sets a password
    await()
        .atMost(SOON)
        .untilAsserted(
            () -> assertThat(INFRA.mailTo(email)).extracting(mail -> mail.subject()).hasSize(2));
    assertThat(INFRA.mailTo(email))
        .anySatisfy(
            mail -> {
              assertThat(mail.subject()).isEqualTo("Northfield University invited you to Rapport");
              assertThat(mail.textBody()).contains("as a student", "http://localhost:8080/");
              assertThat(mail.htmlBody()).contains("<a href=\"http://localhost:8080/\">");
            })
        .anySatisfy(mail -> assertThat(mail.textBody()).contains("Update Password"));

    // the account is Keycloak's: the new member signs in with it and lands in the tenant
    keycloak.setDemoPassword(userId);
    String token = INFRA.token(email);
    bearer(token).get().uri("/api/v1/me").exchange().expectStatus().isOk();
    dan.eventually(
        "/api/v1/members/{id}", body -> body.jsonPath("$.status").isEqualTo("ACTIVE"), userId);

    dan.post("/api/v1/members", invitation(email))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .value(type -> assertThat((String) type).endsWith("/problems/member-exists"));
    // a member of another tenant: refused without saying which
    dan.post("/api/v1/members", invitation("eve.student@southside.example"))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.detail")
        .value(detail -> assertThat((String) detail).doesNotContainIgnoringCase("southside"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void badInvitationsAreRefusedAndCreateNothing() {
    StudentJourney dan = new StudentJourney(as("dan.admin"));
    dan.post(
            "/api/v1/members",
            Map.of("email", "not-an-address", "firstName", "", "lastName", "X", "role", "STUDENT"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[*].field")
        .value(fields -> assertThat((List<Object>) fields).contains("email", "firstName"));
    dan.post(
            "/api/v1/members",
            Map.of(
                "email", unique("c") + "@northfield.example",
                "firstName", "Cy",
                "lastName", "Coach",
                "role", "COACH",
                "cohort", "Spring"))
        .expectStatus()
        .isBadRequest();
    dan.post(
            "/api/v1/members",
            Map.of(
                "email", unique("s") + "@northfield.example",
                "firstName", "Sam",
                "lastName", "Student",
                "role", "STUDENT",
                "coachEmail", "ada.student@northfield.example"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("coachEmail");
  }

  @Test
  void aRosterIsTriedThenImportedThenImportedAgainWithoutChanges() {
    String tag = unique("r");
    String csv =
        "email,firstName,lastName,role,cohort,coachEmail\n"
            + tag
            + ".one@northfield.example,Rory,One,STUDENT,Spring 2027,carla.coach@northfield.example\n"
            + tag
            + ".two@northfield.example,Rae,Two,COACH,,\n"
            + "not-an-address,Bad,Row,STUDENT,,\n"
            + tag
            + ".three@northfield.example,Ray,Three,WIZARD,,\n"
            + "eve.student@southside.example,Eve,Elsewhere,STUDENT,,\n";

    Map<String, Object> dryRun = imported(csv, true);
    assertThat(dryRun)
        .containsEntry("state", "DONE")
        .containsEntry("dryRun", true)
        .containsEntry("rows", 5)
        .containsEntry("created", 2)
        .containsEntry("failed", 3);
    assertThat(errors(dryRun))
        .extracting(error -> error.get("row") + ":" + error.get("field"))
        .containsExactly("3:email", "4:role", "5:null");
    assertThat(listed(tag)).as("a dry run changes nothing").isEmpty();

    Map<String, Object> real = imported(csv, false);
    assertThat(real).containsEntry("state", "DONE").containsEntry("created", 2);
    await().atMost(SOON).until(() -> listed(tag).size() == 2);
    assertThat(listed(tag))
        .anySatisfy(
            member ->
                assertThat(member)
                    .containsEntry("cohort", "Spring 2027")
                    .containsEntry("coachId", DemoUsers.CARLA)
                    .containsEntry("status", "INVITED"));

    Map<String, Object> again = imported(csv, false);
    assertThat(again)
        .containsEntry("created", 0)
        .containsEntry("updated", 0)
        .containsEntry("unchanged", 2)
        .containsEntry("failed", 3);

    Map<String, Object> renamed =
        imported(csv.replace(",Rae,Two,COACH", ",Raelynn,Two,COACH"), false);
    assertThat(renamed).containsEntry("updated", 1).containsEntry("unchanged", 1);
    await()
        .atMost(SOON)
        .until(() -> listed(tag).stream().anyMatch(m -> "Raelynn".equals(m.get("firstName"))));
  }

  @Test
  void aDeactivatedMemberIsTurnedAwayEvenWithATokenIssuedBefore() {
    String email = unique("dora") + "@northfield.example";
    StudentJourney dan = new StudentJourney(as("dan.admin"));
    String userId = (String) dan.created("/api/v1/members", invitation(email)).get("userId");
    // Northfield's own identity provider serves her address: she is told to sign in with it
    await()
        .atMost(SOON)
        .untilAsserted(
            () ->
                assertThat(INFRA.mailTo(email))
                    .singleElement()
                    .satisfies(
                        mail ->
                            assertThat(mail.textBody())
                                .contains("Sign in with your Northfield University account")));
    keycloak.setDemoPassword(userId);
    WebTestClient dora = bearer(INFRA.token(email));
    dora.get().uri("/api/v1/me").exchange().expectStatus().isOk();

    // another tenant's admin cannot touch her
    as("gia.admin")
        .post()
        .uri("/api/v1/members/{id}/deactivate", userId)
        .exchange()
        .expectStatus()
        .isNotFound();

    dan.post("/api/v1/members/{id}/deactivate", Map.of(), userId).expectStatus().isNoContent();
    assertThat(keycloak.enabled(userId)).isFalse();
    await()
        .atMost(SOON)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                dora.get()
                        .uri("/api/v1/relationships?studentId={id}", userId)
                        .exchange()
                        .returnResult(String.class)
                        .getStatus()
                        .value()
                    == 401);
    dan.eventually(
        "/api/v1/members?status=DEACTIVATED&q={q}",
        body -> body.jsonPath("$.items[0].userId").isEqualTo(userId),
        email);
    // the roster's changes are on her timeline, newest first
    dan.eventually(
        "/api/v1/students/{id}/timeline",
        body ->
            body.jsonPath("$.items[*].sentence")
                .isEqualTo(List.of("The account was deactivated", "Was invited to Rapport")),
        userId);

    dan.post("/api/v1/members/{id}/reactivate", Map.of(), userId).expectStatus().isNoContent();
    assertThat(keycloak.enabled(userId)).isTrue();
    WebTestClient back = bearer(INFRA.token(email));
    await()
        .atMost(SOON)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                back.get()
                        .uri("/api/v1/me")
                        .exchange()
                        .returnResult(String.class)
                        .getStatus()
                        .value()
                    == 200);
  }

  @Test
  void aTenantAdminSetsTheTenantsOwnPolicies() {
    StudentJourney gia = new StudentJourney(as("gia.admin"));
    gia.put("/api/v1/tenant/settings", Map.of("thankYouWindowHours", 48, "defaultCadenceDays", 30));
    gia.eventually(
        "/api/v1/tenant/settings",
        body ->
            body.jsonPath("$.thankYouWindowHours")
                .isEqualTo(48)
                .jsonPath("$.defaultCadenceDays")
                .isEqualTo(30));
    // a relationship started from now on keeps in touch every 30 days (each node hears of the
    // change from the head of the event store, a moment after it is made)
    StudentJourney eve = new StudentJourney(as("eve.student"));
    await()
        .atMost(SOON)
        .untilAsserted(
            () -> {
              String relationship = eve.startRelationship("Cadence Cora");
              eve.eventually(
                  "/api/v1/relationships/{id}",
                  body -> body.jsonPath("$.relationshipId").isEqualTo(relationship),
                  relationship);
              eve.get("/api/v1/relationships/{id}", relationship)
                  .expectBody()
                  .jsonPath("$.cadenceDays")
                  .isEqualTo(30);
            });

    gia.post("/api/v1/tenant/settings", Map.of("thankYouWindowHours", 48, "defaultCadenceDays", 30))
        .expectStatus()
        .isEqualTo(405);
    as("gia.admin")
        .put()
        .uri("/api/v1/tenant/settings")
        .bodyValue(Map.of("thankYouWindowHours", 6, "defaultCadenceDays", 30))
        .exchange()
        .expectStatus()
        .isBadRequest();
    as("eve.student").get().uri("/api/v1/tenant/settings").exchange().expectStatus().isForbidden();
    gia.put("/api/v1/tenant/settings", Map.of("thankYouWindowHours", 24, "defaultCadenceDays", 90));
  }

  @Test
  void onlyTenantAdminsReachTheRoster() {
    for (String who : List.of("ada.student", "carla.coach", "pat.platform")) {
      as(who).get().uri("/api/v1/members").exchange().expectStatus().isForbidden();
      as(who)
          .post()
          .uri("/api/v1/members/import")
          .contentType(MediaType.parseMediaType("text/csv"))
          .bodyValue("email,firstName,lastName,role\n")
          .exchange()
          .expectStatus()
          .isForbidden();
    }
    as("gia.admin")
        .get()
        .uri("/api/v1/members?q=northfield")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items")
        .isEmpty();
    as("dan.admin")
        .post()
        .uri("/api/v1/members/import")
        .contentType(MediaType.parseMediaType("text/csv"))
        .bodyValue("email,name\nx@y.example,X\n")
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  private Map<String, Object> imported(String csv, boolean dryRun) {
    String location =
        as("dan.admin")
            .post()
            .uri("/api/v1/members/import?dryRun={dry}", dryRun)
            .contentType(MediaType.parseMediaType("text/csv"))
            .bodyValue(csv)
            .exchange()
            .expectStatus()
            .isAccepted()
            .returnResult(String.class)
            .getResponseHeaders()
            .getLocation()
            .toString();
    await().atMost(SOON).until(() -> "DONE".equals(status(location).get("state")));
    return status(location);
  }

  private Map<String, Object> status(String location) {
    var result =
        as("dan.admin")
            .get()
            .uri(location)
            .exchange()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult();
    return result.getStatus().value() == 200 ? result.getResponseBody() : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(Map<String, Object> status) {
    return (List<Map<String, Object>>) status.get("errors");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> listed(String q) {
    Map<String, Object> page =
        as("dan.admin")
            .get()
            .uri("/api/v1/members?q={q}", q)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult()
            .getResponseBody();
    return (List<Map<String, Object>>) page.get("items");
  }

  private static Map<String, Object> invitation(String email) {
    return Map.of("email", email, "firstName", "Dora", "lastName", "Demo", "role", "STUDENT");
  }

  private WebTestClient bearer(String token) {
    return http.mutate()
        .responseTimeout(Duration.ofSeconds(30))
        .defaultHeader("Authorization", "Bearer " + token)
        .build();
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
