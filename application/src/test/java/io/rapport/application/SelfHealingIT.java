package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.micrometer.core.instrument.MeterRegistry;
import io.rapport.query.app.config.ReadModelConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;

/**
 * The read side notices and heals: a processor whose batches keep failing shows in readiness (as
 * degraded, still 200), in health with its cause (to platform staff), in a metric and in the
 * platform API until it recovers; a read model whose store refuses an upsert for a duplicate key is
 * rebuilt from the events without anyone asking, while the others keep serving.
 */
class SelfHealingIT extends RapportIT {

  private static final Duration SOON = Duration.ofSeconds(30);

  @Autowired MeterRegistry meters;

  @AfterEach
  void cure() {
    StoreProbe.BROKEN.clear();
    StoreProbe.CONFLICTING.clear();
  }

  @Test
  void aProcessorThatKeepsFailingIsVisibleUntilItRecovers() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    String relationship = ada.startRelationship("Failing Fiona");
    await().atMost(SOON).until(() -> StoreProbe.HANDLED.containsValue(relationship));

    StoreProbe.BROKEN.add(relationship);
    touch(ada, relationship);

    await().atMost(SOON).until(() -> "FAILING".equals(probe().get("state")));
    Map<String, Object> failing = probe();
    assertThat((String) failing.get("lastFailure"))
        .as("what failed, without the data it failed on")
        .contains("read store")
        .doesNotContain("not a number");
    assertThat(((Number) failing.get("failures")).longValue()).isPositive();

    Map<String, Object> readiness = readiness(null);
    assertThat(readiness.get("status")).isEqualTo("DEGRADED");
    assertThat(components(readiness).get("readModels")).containsEntry("status", "DEGRADED");
    assertThat(components(readiness).get("readModels"))
        .as("anyone sees which part; only platform staff see why")
        .doesNotContainKey("details");
    Map<String, Object> detailed = components(readiness("pat.platform")).get("readModels");
    assertThat(detailed.toString()).contains(StoreProbe.GROUP, "lastFailure", "segment");
    assertThat(
            meters
                .counter(
                    "rapport.projection.failures", "processor", ReadModelConfiguration.PROCESSOR)
                .count())
        .isPositive();

    StoreProbe.BROKEN.remove(relationship);
    await().atMost(SOON).until(() -> "RUNNING".equals(probe().get("state")));
    await().atMost(SOON).until(() -> "UP".equals(readiness(null).get("status")));
  }

  @Test
  void aReadModelThatContradictsItsStoreIsRebuiltWithoutAnyoneAsking() {
    try (MongoClient client = MongoClients.create(INFRA.mongoUri())) {
      MongoCollection<Document> probed =
          LiveCollections.of(
              client.getDatabase("rapport"), StoreProbe.GROUP, StoreProbe.COLLECTION);
      StudentJourney ada = new StudentJourney(as("ada.student"));
      String relationship = ada.startRelationship("Conflicting Conrad");
      await().atMost(SOON).until(() -> StoreProbe.HANDLED.containsValue(relationship));
      long repairsBefore = ((Number) probe().get("repairs")).longValue();

      // a unique index the projection's writes do not expect: its next two entries collide
      probed.createIndex(Indexes.ascending("slot"), new IndexOptions().unique(true));
      StoreProbe.CONFLICTING.add(relationship);
      touch(ada, relationship);
      touch(ada, relationship);

      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> ((Number) probe().get("repairs")).longValue() == repairsBefore + 1);
      await().atMost(Duration.ofSeconds(60)).until(() -> "RUNNING".equals(probe().get("state")));
      assertThat((String) probe().get("lastFailure")).containsIgnoringCase("duplicate");
      // rebuilt from every event beside it, the colliding ones included, without the index it
      // did not own, and switched to
      MongoCollection<Document> rebuilt =
          LiveCollections.of(
              client.getDatabase("rapport"), StoreProbe.GROUP, StoreProbe.COLLECTION);
      assertThat(rebuilt.getNamespace()).isNotEqualTo(probed.getNamespace());
      await()
          .atMost(SOON)
          .until(() -> rebuilt.countDocuments(Filters.eq("aggregate", relationship)) == 3);
      assertThat(rebuilt.listIndexes().into(new java.util.ArrayList<>()))
          .noneMatch(index -> index.get("key", Document.class).containsKey("slot"));
      assertThat(
              meters.counter("rapport.projection.repairs", "read-model", StoreProbe.GROUP).count())
          .isEqualTo(1);
      // the real read models kept serving
      ada.eventually(
          "/api/v1/relationships/{id}",
          body -> body.jsonPath("$.relationshipId").isEqualTo(relationship),
          relationship);
    }
  }

  private static void touch(StudentJourney student, String relationship) {
    student
        .post(
            "/api/v1/relationships/{id}/touchpoints",
            Map.of(
                "kind", "CHECK_IN", "at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()),
            relationship)
        .expectStatus()
        .is2xxSuccessful();
  }

  private Map<String, Object> probe() {
    Map<String, List<Map<String, Object>>> projections =
        as("pat.platform")
            .get()
            .uri("/api/v1/admin/projections")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(new ParameterizedTypeReference<Map<String, List<Map<String, Object>>>>() {})
            .returnResult()
            .getResponseBody();
    return projections.get("items").stream()
        .filter(item -> StoreProbe.GROUP.equals(item.get("name")))
        .findFirst()
        .orElseThrow();
  }

  private Map<String, Object> readiness(String username) {
    return (username == null ? http : as(username))
        .get()
        .uri("/actuator/health/readiness")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
        .returnResult()
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> components(Map<String, Object> health) {
    return (Map<String, Map<String, Object>>) health.get("components");
  }
}
