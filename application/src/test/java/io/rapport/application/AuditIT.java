package io.rapport.application;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.set;
import static io.rapport.application.AuditReading.correlatedWith;
import static io.rapport.application.AuditReading.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.rapport.gateway.messaging.CorrelationIds;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The tenant's audit history end to end: what students do and what they are denied shows up, with
 * actor, roles and correlation id, for the tenant's admins only; it filters, pages, exports, and
 * its chain verifies, and tampering with the stored chain is found.
 */
class AuditIT extends RapportIT {

  @Test
  void theAuditTellsWhoDidWhatAndWhen() {
    String adaId = userId("ada.student");
    String correlationId = "audit-it-" + UUID.randomUUID();
    String relationshipId = new StudentJourney(as("ada.student")).startRelationship("Audit Pat");
    String chatId = schedule(relationshipId, correlationId);
    AuditReading dan = new AuditReading(as("dan.admin"));

    Map<String, Object> scheduled =
        dan.eventually(correlatedWith(correlationId), "?actorId={a}&limit=200", adaId);
    assertThat(scheduled)
        .containsEntry("type", "ChatScheduled")
        .containsEntry("category", "ACTIVITY")
        .containsEntry("actorId", adaId)
        .containsEntry("studentId", adaId)
        .containsKeys("eventId", "at");
    assertThat(scheduled.get("roles"))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .contains("student");
    assertThat((String) scheduled.get("summary"))
        .isEqualTo(
            "Chat "
                + chatId.substring(0, 8)
                + "… scheduled (informational interview, coffee shop) in relationship "
                + relationshipId.substring(0, 8)
                + "…")
        .doesNotContain("Audit Pat", "Blue Bottle");
    assertThat((String) scheduled.get("hash")).matches("[0-9a-f]{64}");

    List<Map<String, Object>> byAda = dan.items("?actorId={a}&limit=200", adaId);
    assertThat(byAda).allMatch(entry -> adaId.equals(entry.get("actorId")));
    assertThat(byAda)
        .extracting(AuditReading::sequence)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(byAda)
        .anyMatch(
            entry ->
                "RelationshipStarted".equals(entry.get("type"))
                    && ((String) entry.get("summary")).contains(relationshipId.substring(0, 8)));
    assertThat(dan.items("?studentId={s}&limit=200", adaId))
        .allMatch(entry -> adaId.equals(entry.get("studentId")))
        .contains(scheduled);
    assertThat(dan.items("?type=ChatScheduled&limit=200"))
        .allMatch(entry -> "ChatScheduled".equals(entry.get("type")))
        .contains(scheduled);
    assertThat(dan.items("?type=ChatCancelled&actorId={a}&limit=200", adaId))
        .doesNotContain(scheduled);
    assertThat(dan.items("?from={f}&limit=200", Instant.now().plus(1, ChronoUnit.HOURS))).isEmpty();

    Map<String, Object> first = dan.page("?actorId={a}&limit=1", adaId);
    Map<String, Object> second =
        dan.page("?actorId={a}&limit=1&cursor={c}", adaId, first.get("nextCursor"));
    assertThat(first.get("nextCursor")).isNotNull();
    assertThat(sequence(((List<Map<String, Object>>) second.get("items")).get(0)))
        .isLessThan(sequence(((List<Map<String, Object>>) first.get("items")).get(0)));

    List<Map<String, Object>> exported = dan.export("");
    assertThat(exported).extracting(AuditReading::sequence).isSortedAccordingTo(Long::compare);
    assertThat(sequence(exported.get(0))).isEqualTo(1);
    assertThat(exported).contains(scheduled).containsAll(byAda);
    assertThat(dan.export("?from=" + Instant.now().plus(1, ChronoUnit.HOURS))).isEmpty();

    Map<String, Object> verified = dan.verify();
    assertThat(verified)
        .as(
            () ->
                "entries around the break: "
                    + exported.stream()
                        .filter(e -> Math.abs(sequence(e) - 39) <= 3)
                        .map(
                            e ->
                                e.get("sequence")
                                    + " "
                                    + e.get("type")
                                    + " "
                                    + e.get("eventId")
                                    + " "
                                    + e.get("at"))
                        .toList())
        .containsEntry("valid", true);
    assertThat(((Number) verified.get("entries")).longValue())
        .isGreaterThanOrEqualTo(sequence(scheduled));
  }

  @Test
  void aStudentIsDeniedTheAuditAndTheDenialIsAudited() {
    String adaId = userId("ada.student");
    String correlationId = "audit-it-" + UUID.randomUUID();

    as("ada.student")
        .get()
        .uri("/api/v1/audit")
        .header(CorrelationIds.HEADER, correlationId)
        .exchange()
        .expectStatus()
        .isForbidden();

    Map<String, Object> denial =
        new AuditReading(as("dan.admin"))
            .eventually(correlatedWith(correlationId), "?type=SECURITY&limit=200");
    assertThat(denial)
        .containsEntry("type", "AccessDenied")
        .containsEntry("category", "SECURITY")
        .containsEntry("actorId", adaId)
        .containsEntry("summary", "Denied 403 GET /api/v1/audit to " + adaId);
    assertThat(denial.get("roles"))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .contains("student");
  }

  @Test
  void anotherTenantsStudentIsDeniedAChatAndHerOwnTenantAuditsIt() {
    String eveId = userId("eve.student");
    StudentJourney ada = new StudentJourney(as("ada.student"));
    String chatId =
        ada.scheduleChat(
            ada.startRelationship("Private Person"), Instant.now().plus(2, ChronoUnit.DAYS), 30);
    ada.eventually(
        "/api/v1/chats/{id}", body -> body.jsonPath("$.chatId").isEqualTo(chatId), chatId);
    String correlationId = "audit-it-" + UUID.randomUUID();

    as("eve.student")
        .get()
        .uri("/api/v1/chats/{id}", chatId)
        .header(CorrelationIds.HEADER, correlationId)
        .exchange()
        .expectStatus()
        .isNotFound();

    Map<String, Object> denial =
        new AuditReading(as("gia.admin"))
            .eventually(correlatedWith(correlationId), "?type=SECURITY&limit=200");
    assertThat(denial)
        .containsEntry("actorId", eveId)
        .containsEntry("summary", "Denied 404 GET chat " + chatId + " to " + eveId);
    assertThat(new AuditReading(as("dan.admin")).items("?type=SECURITY&limit=200"))
        .noneMatch(correlatedWith(correlationId));
    assertThat(new AuditReading(as("gia.admin")).verify()).containsEntry("valid", true);
  }

  @Test
  void aRequestWithoutAValidTokenIsAuditedUnderThePlatform() {
    String correlationId = "audit-it-" + UUID.randomUUID();

    http.get()
        .uri("/api/v1/audit")
        .header(CorrelationIds.HEADER, correlationId)
        .exchange()
        .expectStatus()
        .isUnauthorized();

    try (MongoClient mongo = MongoClients.create(INFRA.mongoUri())) {
      MongoCollection<Document> buckets =
          LiveCollections.of(mongo.getDatabase("rapport"), "audit", "audit_buckets");
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(buckets.find(eq("tenantId", "_platform")))
                      .flatExtracting(
                          bucket -> bucket.getList("entries", Document.class, List.of()))
                      .anyMatch(
                          entry ->
                              correlationId.equals(entry.get("correlationId"))
                                  && entry.get("actorId") == null
                                  && "Denied 401 GET /api/v1/audit to an unauthenticated caller"
                                      .equals(entry.get("summary"))));
    }
  }

  @Test
  void anEditedDeletedOrMovedEntryIsFound() {
    String correlationId = "audit-it-" + UUID.randomUUID();
    schedule(new StudentJourney(as("ada.student")).startRelationship("Tamper Tess"), correlationId);
    AuditReading dan = new AuditReading(as("dan.admin"));
    long last = sequence(dan.eventually(correlatedWith(correlationId), "?limit=50"));
    // two neighbours in one bucket of 100, the later one the entry just written
    long target = (last - 1) % 100 == 0 ? last - 2 : last - 1;
    String bucket = "northfield-university|" + String.format("%010d", (target - 1) / 100);
    int at = (int) ((target - 1) % 100);

    try (MongoClient mongo = MongoClients.create(INFRA.mongoUri())) {
      MongoCollection<Document> buckets =
          LiveCollections.of(mongo.getDatabase("rapport"), "audit", "audit_buckets");
      List<Document> entries =
          buckets.find(eq("_id", bucket)).first().getList("entries", Document.class);
      assertThat(((Number) entries.get(at).get("sequence")).longValue()).isEqualTo(target);

      tamper(dan, buckets, bucket, set("entries." + at + ".actorId", "someone-else"), target);
      tamper(dan, buckets, bucket, pull("entries", new Document("sequence", target)), target);
      tamper(
          dan,
          buckets,
          bucket,
          combine(
              set("entries." + at, entries.get(at + 1)),
              set("entries." + (at + 1), entries.get(at))),
          target);
    }
  }

  /** Tampers with a bucket, expects verify to find it at the given entry, and puts it back. */
  /**
   * Puts the bucket's entries back as they were, keeping those the projection appended meanwhile
   * (e.g. a denied attempt of an earlier test, recorded late): writing back the old list alone
   * would erase them and break the chain for the tests that follow.
   */
  private static void restore(
      MongoCollection<Document> buckets, String bucket, List<Document> original) {
    long last = original.stream().mapToLong(AuditIT::sequenceOf).max().orElse(0);
    List<Document> restored = new java.util.ArrayList<>(original);
    buckets.find(eq("_id", bucket)).first().getList("entries", Document.class).stream()
        .filter(entry -> sequenceOf(entry) > last)
        .forEach(restored::add);
    buckets.updateOne(eq("_id", bucket), set("entries", restored));
  }

  private static long sequenceOf(Document entry) {
    return ((Number) entry.get("sequence")).longValue();
  }

  private static void tamper(
      AuditReading dan, MongoCollection<Document> buckets, String bucket, Bson change, long at) {
    List<Document> original =
        buckets.find(eq("_id", bucket)).first().getList("entries", Document.class);
    assertThat(dan.verify()).containsEntry("valid", true);

    buckets.updateOne(eq("_id", bucket), change);
    Map<String, Object> verified = dan.verify();
    restore(buckets, bucket, original);

    assertThat(verified).containsEntry("valid", false);
    assertThat(((Number) verified.get("firstBrokenAt")).longValue()).isEqualTo(at);
    assertThat(dan.verify()).containsEntry("valid", true);
  }

  private String schedule(String relationshipId, String correlationId) {
    return (String)
        as("ada.student")
            .post()
            .uri("/api/v1/chats")
            .header(CorrelationIds.HEADER, correlationId)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(
                Map.of(
                    "relationshipId",
                    relationshipId,
                    "kind",
                    "INFORMATIONAL_INTERVIEW",
                    "startsAt",
                    Instant.now().plus(3, ChronoUnit.DAYS).toString(),
                    "durationMinutes",
                    30,
                    "setting",
                    "COFFEE_SHOP",
                    "location",
                    "Blue Bottle"))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("chatId");
  }

  String userId(String user) {
    return (String)
        as(user)
            .get()
            .uri("/api/v1/me")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("userId");
  }
}
