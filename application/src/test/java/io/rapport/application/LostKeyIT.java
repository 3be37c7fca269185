package io.rapport.application;

import static io.rapport.application.DemoUsers.ADA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.FluxExchangeResult;

/**
 * A subject's key gone from PostgreSQL without an erasure is an incident, not an erasure: reads of
 * the subject's events fail, are counted and show the processor's cause, and never show the
 * subject's data as "[erased]"; once the key is back, everything reads again. A contact erased
 * lawfully has a tombstone and still reads "[erased]".
 */
class LostKeyIT extends RapportIT {

  private static final Duration SOON = Duration.ofSeconds(30);
  private static final String RELATIONSHIPS = "relationships";

  @Autowired MeterRegistry meters;

  /** A row of {@code subject_keys}, kept to be put back. */
  private record KeyRow(
      String keyId, String subjectId, String ownerId, byte[] keyBytes, Timestamp createdAt) {}

  @Test
  void aKeyLostWithoutAnErasureFailsEveryReadUntilItIsBackAndNeverReadsErased()
      throws SQLException {
    String canary = "canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    StudentJourney ada = new StudentJourney(as("ada.student"));
    String erased = ada.startRelationship("Gone " + canary);
    as("ada.student")
        .delete()
        .uri("/api/v1/relationships/{id}/contact/personal-data", erased)
        .exchange()
        .expectStatus()
        .isNoContent();
    String kept = ada.startRelationship("Kept " + canary);
    ada.eventually(
        "/api/v1/relationships/{id}",
        body -> body.jsonPath("$.contact.name").isEqualTo("Kept " + canary),
        kept);
    ada.eventually(
        "/api/v1/relationships/{id}",
        body -> body.jsonPath("$.contact.name").isEqualTo("[erased]"),
        erased);
    assertThat(count("subject_keys", "contact-" + erased)).isZero();
    assertThat(count("subject_key_tombstones", "contact-" + erased)).isEqualTo(1);
    double missingBefore = failures("missing-key");

    KeyRow lost = delete("contact-" + kept);
    try {
      // read at once from the event store: it fails once this node's cache has let the key go
      await().atMost(SOON).until(() -> exportFails(canary));
      assertThat(failures("missing-key")).isGreaterThan(missingBefore);

      rebuild();
      await()
          .atMost(SOON)
          .untilAsserted(
              () -> {
                assertNeverShownErased(ada, kept);
                assertThat((String) projection().get("lastFailure"))
                    .as("why, for platform staff, without naming whose data")
                    .contains("UnreadablePersonalDataException", "key")
                    .doesNotContain("contact-" + kept);
              });
      assertNeverShownErased(ada, kept);
      assertThat(count("subject_key_tombstones", "contact-" + kept)).isZero();
    } finally {
      restore(lost);
    }

    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(rebuildState()).isEqualTo("DONE"));
    ada.eventually(
        "/api/v1/relationships/{id}",
        body -> body.jsonPath("$.contact.name").isEqualTo("Kept " + canary),
        kept);
    ada.eventually(
        "/api/v1/relationships/{id}",
        body -> body.jsonPath("$.contact.name").isEqualTo("[erased]"),
        erased);
  }

  /** The relationship is missing (its read model being rebuilt) or readable, never erased. */
  private static void assertNeverShownErased(StudentJourney student, String relationship) {
    byte[] body =
        student
            .get("/api/v1/relationships/{id}", relationship)
            .expectBody()
            .returnResult()
            .getResponseBody();
    assertThat(body == null ? "" : new String(body)).doesNotContain("[erased]");
  }

  /**
   * Whether Ada's export failed: answered 503 without a trace of "[erased]", or broken off once it
   * had begun. An export that went through still read the contact's name (the key was cached).
   */
  private boolean exportFails(String canary) {
    FluxExchangeResult<String> result =
        as("ada.student")
            .get()
            .uri("/api/v1/students/{id}/export", ADA)
            .exchange()
            .returnResult(String.class);
    if (result.getStatus().value() != 200) {
      String problem = String.join("", result.getResponseBody().collectList().block());
      assertThat(result.getStatus().value()).isEqualTo(503);
      assertThat(problem).contains("personal-data-unavailable").doesNotContain("[erased]");
      return true;
    }
    String exported;
    try {
      exported = String.join("", result.getResponseBody().collectList().block(SOON));
    } catch (RuntimeException brokenOff) {
      return true;
    }
    assertThat(exported).contains("Kept " + canary);
    return false;
  }

  private double failures(String reason) {
    return meters.counter("rapport.privacy.decryption.failures", "reason", reason).count();
  }

  private void rebuild() {
    as("pat.platform")
        .post()
        .uri("/api/v1/admin/projections/{name}/rebuild", RELATIONSHIPS)
        .exchange()
        .expectStatus()
        .isAccepted();
  }

  @SuppressWarnings("unchecked")
  private String rebuildState() {
    return (String)
        as("pat.platform")
            .get()
            .uri("/api/v1/admin/projections/{name}/rebuild", RELATIONSHIPS)
            .exchange()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("state");
  }

  private Map<String, Object> projection() {
    return as("pat.platform")
        .get()
        .uri("/api/v1/admin/projections")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<Map<String, List<Map<String, Object>>>>() {})
        .returnResult()
        .getResponseBody()
        .get("items")
        .stream()
        .filter(item -> RELATIONSHIPS.equals(item.get("name")))
        .findFirst()
        .orElseThrow();
  }

  private static long count(String table, String subjectId) throws SQLException {
    return INFRA.postgresNumber(
        "select count(*) from " + table + " where subject_id = ?", subjectId);
  }

  /** Deletes the subject's key as a failed restore or a wrong statement would: no tombstone. */
  private static KeyRow delete(String subjectId) throws SQLException {
    try (var connection = INFRA.postgresConnection();
        var delete =
            connection.prepareStatement(
                "delete from subject_keys where subject_id = ?"
                    + " returning key_id, subject_id, owner_id, key_bytes, created_at")) {
      delete.setString(1, subjectId);
      try (var rows = delete.executeQuery()) {
        assertThat(rows.next()).as("the subject has a key").isTrue();
        return new KeyRow(
            rows.getString(1),
            rows.getString(2),
            rows.getString(3),
            rows.getBytes(4),
            rows.getTimestamp(5));
      }
    }
  }

  private static void restore(KeyRow key) throws SQLException {
    try (var connection = INFRA.postgresConnection();
        var insert =
            connection.prepareStatement(
                "insert into subject_keys (key_id, subject_id, owner_id, key_bytes, created_at)"
                    + " values (?, ?, ?, ?, ?)")) {
      insert.setString(1, key.keyId());
      insert.setString(2, key.subjectId());
      insert.setString(3, key.ownerId());
      insert.setBytes(4, key.keyBytes());
      insert.setTimestamp(5, key.createdAt());
      insert.executeUpdate();
    }
  }
}
