package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Attacks over HTTP with real tokens, each of which must fail safely, as a 4xx problem. */
class AttacksIT extends RapportIT {

  private static final String ADA = "ec973c70-ab69-4ce9-8db9-ce3c0f2acd52";

  @Test
  void aMalformedTimelineCursorIs400NotAStackTrace() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    String relationship = ada.startRelationship("Cursor Carl");
    ada.eventually(
        "/api/v1/relationships/{id}/timeline",
        body -> body.jsonPath("$.items.length()").isEqualTo(1),
        relationship);
    String truncated =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("1764000000000|42".getBytes(StandardCharsets.UTF_8));
    for (String cursor : List.of("Zm9vYmFy", "!!!", truncated, "MTIzfGFiY3x4")) {
      for (String uri :
          List.of(
              "/api/v1/students/" + ADA + "/timeline?cursor={cursor}",
              "/api/v1/relationships/" + relationship + "/timeline?cursor={cursor}")) {
        as("ada.student")
            .get()
            .uri(uri, cursor)
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.errors[0].field")
            .isEqualTo("cursor");
      }
    }
    as("dan.admin")
        .get()
        .uri("/api/v1/audit?cursor={cursor}", "Zm9vYmFy")
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  @Test
  void aFormulaInACohortComesOutOfTheReportCsvAsText() throws Exception {
    Instant from = Instant.now().minusSeconds(1);
    String cohort = "=HYPERLINK(\"http://evil.example/" + UUID.randomUUID() + "\",\"x\")";
    new StudentJourney(as("dan.admin"))
        .put("/api/v1/students/{id}/cohort", Map.of("cohort", cohort), DemoUsers.BEN);
    StudentJourney ben = new StudentJourney(as("ben.student"));
    ben.scheduleChat(
        ben.startRelationship("Formula Fiona"),
        Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES),
        30);

    // the cohort's row shows as soon as the cohort is set; the chat counts once projected
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(reportCsv(from, cohort))
                    .singleElement()
                    .satisfies(row -> assertThat(row.get("scheduled")).isEqualTo("1")));
    CSVRecord row = reportCsv(from, cohort).get(0);
    assertThat(row.get("cohort")).isEqualTo("'" + cohort);
  }

  private List<CSVRecord> reportCsv(Instant from, String cohort) throws IOException {
    String csv =
        as("dan.admin")
            .get()
            .uri("/api/v1/reports/networking.csv?from={from}&cohort={cohort}", from, cohort)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv == null ? "" : csv))
        .getRecords();
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void anIdWithALineBreakCannotForgeALogLine(CapturedOutput output) {
    String forged = "2026-01-01T00:00:00.000Z  INFO forged-" + UUID.randomUUID();
    // a student asking for someone else's relationships is denied, and the denial logged with the
    // id
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () -> {
              as("ada.student")
                  .get()
                  .uri("/api/v1/relationships?studentId={id}", "x\r\n" + forged)
                  .exchange()
                  .expectStatus()
                  .isNotFound();
              assertThat(output.getAll()).contains("x\\r\\n" + forged);
            });
    assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith(forged));
  }

  @Test
  void aPositionBeyondTheLastEventIs400AtOnce() {
    long started = System.nanoTime();
    as("ada.student")
        .get()
        .uri("/api/v1/relationships?studentId={id}", ADA)
        .header("Rapport-Position", "999999999999999")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/invalid-input");
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("refused at once, not after the read-your-writes wait")
        .isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aRepeatedCalendarTokenRequestAnswersTheTokenThatOpensTheFeed() {
    String key = UUID.randomUUID().toString();
    String first = issue(key);
    String repeat = issue(key);
    assertThat(repeat).isEqualTo(first);
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                http.get()
                    .uri("/api/v1/students/{id}/calendar.ics?token={token}", ADA, repeat)
                    .exchange()
                    .expectStatus()
                    .isOk());
  }

  private String issue(String key) {
    return (String)
        as("ada.student")
            .post()
            .uri("/api/v1/students/{id}/calendar-token", ADA)
            .header("Idempotency-Key", key)
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("token");
  }

  @Test
  void anIdempotencyKeyUsedAgainAfterItExpiredStartsSomethingNewInsteadOfAConflict()
      throws Exception {
    String key = UUID.randomUUID().toString();
    String first = startRelationship(key);
    assertThat(startRelationship(key)).as("a repeat names the same thing").isEqualTo(first);

    // a day later: the key has expired (the cleanup may or may not have removed it yet)
    try (var connection = INFRA.postgresConnection();
        var claims = connection.createStatement()) {
      claims.executeUpdate(
          "update idempotency_key set created_at = now() - interval '25 hours'"
              + " where idempotency_key = '"
              + key
              + "'");
      claims.executeUpdate(
          "update idempotency_key_use set first_use = now() - interval '25 hours'"
              + " where idempotency_key = '"
              + key
              + "'");
    }

    String again = startRelationship(key);
    assertThat(again).isNotEqualTo(first);
    assertThat(startRelationship(key)).as("and its repeat names it again").isEqualTo(again);
  }

  private String startRelationship(String key) {
    return as("ada.student")
        .post()
        .uri("/api/v1/relationships")
        .header("Idempotency-Key", key)
        .bodyValue(
            Map.of(
                "contact",
                Map.of("name", "Kai Keyes", "company", "Acme", "role", "Engineer"),
                "howWeMet",
                "Meetup"))
        .exchange()
        .expectStatus()
        .isCreated()
        .returnResult(String.class)
        .getResponseHeaders()
        .getLocation()
        .toString();
  }

  @Test
  void metricsAreForPlatformStaffOnly() {
    http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
    as("dan.admin").get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden();
    // past the gate (the test context exports no metrics, so the endpoint itself is absent)
    as("pat.platform")
        .get()
        .uri("/actuator/prometheus")
        .exchange()
        .expectStatus()
        .value(status -> assertThat(status).isNotIn(401, 403));
    http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
  }

  @Test
  void theBrowserAppRunsOnlyItsOwnScriptsAndTalksOnlyToTheApiAndTheRealm() {
    WebTestClient.ResponseSpec page = http.get().uri("/").exchange().expectStatus().isOk();
    String policy =
        page.returnResult(String.class).getResponseHeaders().getFirst("Content-Security-Policy");
    assertThat(policy)
        .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
        .contains("connect-src 'self' " + INFRA.issuerUri().replaceAll("(https?://[^/]+).*", "$1"))
        .doesNotContain("unsafe-inline", "unsafe-eval");
    http.get()
        .uri("/")
        .exchange()
        .expectHeader()
        .valueEquals("X-Content-Type-Options", "nosniff")
        .expectHeader()
        .valueEquals("Referrer-Policy", "no-referrer")
        .expectHeader()
        .valueEquals("X-Frame-Options", "DENY");
  }
}
