package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rapport.command.app.chat.ThankYouWindow;
import io.rapport.infra.testkit.KeycloakAdmin;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Platform staff onboard a tenant: its organization appears in the real Keycloak, people enrolled
 * there sign in to it, and it is kept apart from every other tenant. The test Keycloak serves every
 * IT of the run, so each onboarded tenant has an id of its own.
 */
class TenantOnboardingIT extends RapportIT {

  private static final KeycloakAdmin KEYCLOAK = new KeycloakAdmin(INFRA);
  private static final Duration SOON = Duration.ofSeconds(15);

  @Autowired private ThankYouWindow windows;

  @Test
  void anOnboardedTenantsStudentWorksApartFromOtherTenants() {
    String alias = uniqueAlias();
    onboard(Map.of("tenantId", alias, "name", "Acme " + alias, "kind", "BOOTCAMP"))
        .expectStatus()
        .isCreated()
        .expectHeader()
        .valueEquals("Location", "/api/v1/tenants/" + alias)
        .expectBody()
        .jsonPath("$.tenantId")
        .isEqualTo(alias);

    Map<String, Object> organization = KEYCLOAK.organization(alias);
    assertThat(organization).isNotNull().containsEntry("name", "Acme " + alias);
    assertThat(organization.get("attributes")).isEqualTo(Map.of("kind", List.of("BOOTCAMP")));

    String username = "sam." + alias;
    String samId = KEYCLOAK.addMember(alias, username, "student");
    as(username)
        .get()
        .uri("/api/v1/me")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.tenantId")
        .isEqualTo(alias)
        .jsonPath("$.userId")
        .isEqualTo(samId)
        .jsonPath("$.roles")
        .value(roles -> assertThat((List<Object>) roles).contains((Object) "student"));

    StudentJourney ada = new StudentJourney(as("ada.student"));
    StudentJourney sam = new StudentJourney(as(username));
    String adas = ada.startRelationship("Nora Quinn");
    String sams = sam.startRelationship("Omar Reyes");
    await()
        .atMost(SOON)
        .untilAsserted(() -> ada.get("/api/v1/relationships/{id}", adas).expectStatus().isOk());
    await()
        .atMost(SOON)
        .untilAsserted(() -> sam.get("/api/v1/relationships/{id}", sams).expectStatus().isOk());

    sam.get("/api/v1/relationships/{id}", adas).expectStatus().isNotFound();
    sam.get("/api/v1/relationships/{id}/timeline", adas).expectStatus().isNotFound();
    String samsList =
        sam.get("/api/v1/relationships?studentId={id}", samId)
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(samsList).contains(sams).doesNotContain(adas, "Nora Quinn");
    ada.get("/api/v1/relationships/{id}", sams).expectStatus().isNotFound();
    // nor can either act in the other's relationship
    Instant inTwoDays = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    sam.post("/api/v1/chats", chat(adas, inTwoDays)).expectStatus().isNotFound();
    ada.post("/api/v1/chats", chat(sams, inTwoDays)).expectStatus().isNotFound();
  }

  @Test
  void aThankYouThirtyHoursLateIsOnTimeWhereTheWindowIsFortyEightHours() {
    String alias = uniqueAlias();
    onboard(
            Map.of(
                "tenantId",
                alias,
                "name",
                "Patient " + alias,
                "kind",
                "UNIVERSITY",
                "thankYouWindowHours",
                48))
        .expectStatus()
        .isCreated();
    await().atMost(SOON).until(() -> windows.hoursFor(alias) == 48);
    String username = "pia." + alias;
    String piaId = KEYCLOAK.addMember(alias, username, "student");
    StudentJourney pia = new StudentJourney(as(username));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    String rel = pia.startRelationship("Patient Paula");
    Instant heldAt = now.minus(30, ChronoUnit.HOURS);
    String thanked = pia.scheduleChat(rel, now.plus(1, ChronoUnit.DAYS), 30);
    List<String> points = pia.logMeeting(thanked, heldAt, 30, "One", "Two");
    String waiting = pia.scheduleChat(rel, now.plus(1, ChronoUnit.DAYS), 30);
    pia.logMeeting(waiting, heldAt, 30, "Three");

    assertThat(
            pia.ok(
                "/api/v1/chats/{id}/thank-you",
                Map.of(
                    "sentAt",
                    heldAt.plus(30, ChronoUnit.HOURS).toString(),
                    "channel",
                    "EMAIL",
                    "message",
                    "Thank you!",
                    "referencedPointIds",
                    points),
                thanked))
        .containsEntry("onTime", true)
        .containsEntry("hoursAfterMeeting", 30)
        .containsEntry("windowHours", 48);
    // the other thank-you is still due (18 h left), not overdue as it would be after 24 h
    pia.eventually(
        "/api/v1/students/{id}/agenda",
        body ->
            body.jsonPath("$.thankYousDue[?(@.chatId == '" + waiting + "')].hoursLeft")
                .value(
                    hours -> {
                      assertThat((List<?>) hours).isNotEmpty();
                      assertThat(((Number) ((List<?>) hours).get(0)).doubleValue())
                          .isBetween(17.5, 18.0);
                    })
                .jsonPath("$.thankYousOverdue.length()")
                .isEqualTo(0),
        piaId);
  }

  @Test
  void theTenantsWindowIsThePolicyTheChatConsults() {
    String alias = uniqueAlias();
    onboard(
            Map.of(
                "tenantId",
                alias,
                "name",
                "Windowed " + alias,
                "kind",
                "UNIVERSITY",
                "thankYouWindowHours",
                48))
        .expectStatus()
        .isCreated();

    await().atMost(SOON).until(() -> windows.hoursFor(alias) == 48);
    assertThat(windows.hoursFor("northfield-university")).isEqualTo(24);
    // a thank-you 30 hours after the meeting is on time there, and would be late by default
    assertThat(30).isLessThanOrEqualTo(windows.hoursFor(alias));
    assertThat(30).isGreaterThan(windows.hoursFor("northfield-university"));

    await()
        .atMost(SOON)
        .untilAsserted(
            () ->
                as("pat.platform")
                    .get()
                    .uri("/api/v1/tenants")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.items[?(@.tenantId == '%s')].thankYouWindowHours", alias)
                    .isEqualTo(48)
                    .jsonPath("$.items[?(@.tenantId == '%s')].onboarded", alias)
                    .isEqualTo(true)
                    .jsonPath("$.items[?(@.tenantId == 'northfield-university')].onboarded")
                    .isEqualTo(false)
                    .jsonPath("$.items[?(@.tenantId == 'northfield-university')].kind")
                    .isEqualTo("UNIVERSITY")
                    .jsonPath(
                        "$.items[?(@.tenantId == 'northfield-university')].thankYouWindowHours")
                    .isEqualTo(24));

    setWindow(alias, 12).expectStatus().isNoContent();
    await().atMost(SOON).until(() -> windows.hoursFor(alias) == 12);
    await()
        .atMost(SOON)
        .untilAsserted(
            () ->
                as("pat.platform")
                    .get()
                    .uri("/api/v1/tenants/{id}", alias)
                    .exchange()
                    .expectBody()
                    .jsonPath("$.thankYouWindowHours")
                    .isEqualTo(12));
    setWindow(alias, 169)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("hours");
    // the demo tenants were never onboarded through Rapport, so they have no policy to change
    setWindow("northfield-university", 48).expectStatus().isNotFound();
  }

  @Test
  void onlyPlatformStaffManageTenantsAndTheyReadNoTenantData() {
    as("ada.student")
        .post()
        .uri("/api/v1/tenants")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("tenantId", uniqueAlias(), "name", "Sneaky", "kind", "BOOTCAMP"))
        .exchange()
        .expectStatus()
        .isForbidden();
    as("dan.admin").get().uri("/api/v1/tenants").exchange().expectStatus().isForbidden();
    as("dan.admin")
        .put()
        .uri("/api/v1/tenants/northfield-university/thank-you-window")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("hours", 100))
        .exchange()
        .expectStatus()
        .isForbidden();
    String adaId = "ec973c70-ab69-4ce9-8db9-ce3c0f2acd52";
    as("pat.platform")
        .get()
        .uri("/api/v1/students/{id}/timeline", adaId)
        .exchange()
        .expectStatus()
        .isForbidden();
    as("pat.platform")
        .get()
        .uri("/api/v1/relationships?studentId={id}", adaId)
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  @Test
  void aTenantIsOnboardedOnce() {
    String alias = uniqueAlias();
    Map<String, Object> tenant =
        Map.of("tenantId", alias, "name", "Once " + alias, "kind", "BOOTCAMP");
    onboard(tenant).expectStatus().isCreated();

    onboard(tenant)
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/tenant-exists");
    // an organization made in Keycloak directly counts as an existing tenant too
    onboard(Map.of("tenantId", "northfield-university", "name", "Northfield", "kind", "UNIVERSITY"))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/tenant-exists");
  }

  @Test
  void badInputIsRefusedAndNoOrganizationIsMade() {
    String alias = uniqueAlias();
    Map<String, Object> good = Map.of("tenantId", alias, "name", "Careful", "kind", "BOOTCAMP");

    expectInvalid(with(good, "tenantId", "Not Valid!"), "tenantId");
    expectInvalid(with(good, "tenantId", "x"), "tenantId");
    expectInvalid(with(good, "thankYouWindowHours", 0), "thankYouWindowHours");
    expectInvalid(with(good, "thankYouWindowHours", 169), "thankYouWindowHours");
    expectInvalid(with(good, "kind", "SCHOOL"), "kind");
    expectInvalid(with(good, "domain", "not a domain"), "domain");
    onboard(Map.of("tenantId", alias))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'name')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'kind')]")
        .exists();

    assertThat(KEYCLOAK.organization(alias)).isNull();
    as("pat.platform")
        .get()
        .uri("/api/v1/tenants/{id}", alias)
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  private void expectInvalid(Map<String, Object> body, String field) {
    onboard(body)
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo(field);
  }

  private WebTestClient.ResponseSpec onboard(Map<String, Object> body) {
    return as("pat.platform")
        .post()
        .uri("/api/v1/tenants")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private WebTestClient.ResponseSpec setWindow(String tenantId, int hours) {
    return as("pat.platform")
        .put()
        .uri("/api/v1/tenants/{id}/thank-you-window", tenantId)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("hours", hours))
        .exchange();
  }

  private static Map<String, Object> chat(String relationshipId, Instant startsAt) {
    return Map.of(
        "relationshipId",
        relationshipId,
        "kind",
        "NETWORKING_MEETUP",
        "startsAt",
        startsAt.toString(),
        "durationMinutes",
        30,
        "setting",
        "VIDEO_CALL");
  }

  private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put(key, value);
    return changed;
  }

  private static String uniqueAlias() {
    return "t-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
