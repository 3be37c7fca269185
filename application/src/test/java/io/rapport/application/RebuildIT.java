package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import io.rapport.infra.testkit.KeycloakAdmin;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Rebuilding read models through the API, on the real event store in PostgreSQL: each event is
 * handled exactly once and {@code @DisallowReplay} handlers stay silent (so Axon's replay bug with
 * event streams in MongoDB, extension-mongo#498, does not touch us), and every rebuilt read model
 * equals the live one, the audit chains included.
 */
class RebuildIT extends RapportIT {

  private static final Duration REBUILD = Duration.ofSeconds(90);

  @Autowired private DataSource dataSource;
  @Autowired private MongoClient mongo;
  @Autowired private EventProcessingConfiguration processing;
  @Autowired private EventStore events;

  @Value("${rapport.read-models.database:rapport}")
  private String database;

  @Test
  void aRebuildHandlesEachEventExactlyOnceAndNoReplayReachesDisallowReplayHandlers() {
    someActivity();
    awaitAllProcessorsCaughtUp();
    Map<String, Integer> liveOnlyBefore = counts(ReplayProbe.LIVE_ONLY);
    ReplayProbe.HANDLED.clear(); // of the rebuilds of other tests
    ReplayProbe.REPLAYED.clear();

    ReplayProbe.gate = new CountDownLatch(1);
    try {
      platform()
          .post()
          .uri("/api/v1/admin/projections/{name}/rebuild", ReplayProbe.GROUP)
          .exchange()
          .expectStatus()
          .isAccepted()
          .expectHeader()
          .valueEquals("Location", "/api/v1/admin/projections/replay-probe/rebuild")
          .expectBody()
          .jsonPath("$.state")
          .isEqualTo("RUNNING");
      platform()
          .post()
          .uri("/api/v1/admin/projections/{name}/rebuild", ReplayProbe.GROUP)
          .exchange()
          .expectStatus()
          .isEqualTo(409)
          .expectBody()
          .jsonPath("$.type")
          .value(type -> assertThat(type.toString()).endsWith("/problems/rebuild-running"));
    } finally {
      ReplayProbe.gate.countDown();
    }
    Map<String, Object> done = awaitDone(ReplayProbe.GROUP);

    long total = ((Number) done.get("eventsTotal")).longValue();
    assertThat(((Number) done.get("eventsDone")).longValue()).isEqualTo(total);
    List<String> stored =
        new JdbcTemplate(dataSource)
            .queryForList(
                "select event_identifier from domain_event_entry where global_index <= ?",
                String.class,
                total);
    assertThat(stored).isNotEmpty();
    assertThat(counts(ReplayProbe.HANDLED))
        .as("each stored event handled exactly once by the rebuild")
        .containsOnlyKeys(stored)
        .allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
    assertThat(ReplayProbe.REPLAYED).containsOnlyKeys(stored);
    assertThat(counts(ReplayProbe.LIVE_ONLY))
        .as("@DisallowReplay handlers do not see replayed events")
        .isEqualTo(liveOnlyBefore);

    String relationship = new StudentJourney(as("ben.student")).startRelationship("After Rebuild");
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> ReplayProbe.LIVE_ONLY.size() > liveOnlyBefore.size());
    assertThat(relationship).isNotBlank();
  }

  @Test
  void everyRebuiltReadModelEqualsTheLiveOneAndTheAuditChainsStayValid() {
    someActivity();
    String tenant = "r-" + UUID.randomUUID().toString().substring(0, 8);
    StudentJourney student = new StudentJourney(as(studentOfNewTenant(tenant)));
    String relationship = student.startRelationship("Chain Chiara");
    student.scheduleChat(relationship, Instant.now().plus(3, ChronoUnit.DAYS), 30);
    ReadModelDump dump = new ReadModelDump(mongo, database, tenant);
    awaitAllProcessorsCaughtUp();
    Map<String, Map<String, Object>> live = stable(dump);
    assertThat(live.get("audit_buckets")).containsKey(tenant + "|0000000000");
    assertThat(live.get("timeline_entries")).isNotEmpty();

    for (String projection : ReadModelDump.COLLECTIONS.keySet()) {
      platform()
          .post()
          .uri("/api/v1/admin/projections/{name}/rebuild", projection)
          .exchange()
          .expectStatus()
          .isAccepted();
      Map<String, Object> done = awaitDone(projection);
      assertThat(done.get("eventsDone")).isEqualTo(done.get("eventsTotal"));
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(dump.all()).isEqualTo(live));
    as("dan.admin")
        .get()
        .uri("/api/v1/audit/verify")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.valid")
        .isEqualTo(true);
  }

  @Test
  void whileEveryReadModelIsRebuiltInOnePassQueriesReadTheWholeLiveOne() {
    someActivity();
    StudentJourney ada = new StudentJourney(as("ada.student"));
    String relationship = ada.startRelationship("Blue Green");
    awaitAllProcessorsCaughtUp();
    String timeline = timelineOf(relationship);
    assertThat(timeline).contains(relationship);

    ReplayProbe.gate = new CountDownLatch(1);
    try {
      platform()
          .post()
          .uri("/api/v1/admin/projections/{name}/rebuild", "all")
          .exchange()
          .expectStatus()
          .isAccepted()
          .expectBody()
          .jsonPath("$.state")
          .isEqualTo("RUNNING");
      // the rebuild holds on the probe's first event, its new generations all but empty
      assertThat(progress("timelines").get("state")).isEqualTo("RUNNING");
      assertThat(timelineOf(relationship)).as("the live generation").isEqualTo(timeline);
      platform()
          .post()
          .uri("/api/v1/admin/projections/{name}/rebuild", "chats")
          .exchange()
          .expectStatus()
          .isEqualTo(409);
    } finally {
      ReplayProbe.gate.countDown();
    }
    awaitDone("all");
    assertThat(progress("timelines").get("state")).isEqualTo("DONE");
    assertThat(timelineOf(relationship)).as("the new generation").isEqualTo(timeline);
  }

  private String timelineOf(String relationship) {
    return as("ada.student")
        .get()
        .uri("/api/v1/relationships/{id}/timeline", relationship)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  private Map<String, Object> progress(String projection) {
    return platform()
        .get()
        .uri("/api/v1/admin/projections/{name}/rebuild", projection)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
        .returnResult()
        .getResponseBody();
  }

  @Test
  void anUnknownProjectionIsNotFound() {
    platform()
        .post()
        .uri("/api/v1/admin/projections/{name}/rebuild", "no-such-projection")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType("application/problem+json");
    platform()
        .get()
        .uri("/api/v1/admin/projections/{name}/rebuild", "tenant-policies")
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  private WebTestClient platform() {
    return as("pat.platform");
  }

  /** Onboards a tenant and enrols a student in it; the student's username. */
  private String studentOfNewTenant(String tenant) {
    platform()
        .post()
        .uri("/api/v1/tenants")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("tenantId", tenant, "name", "Rebuild " + tenant, "kind", "BOOTCAMP"))
        .exchange()
        .expectStatus()
        .isCreated();
    String username = "rita." + tenant;
    new KeycloakAdmin(INFRA).addMember(tenant, username, "student");
    return username;
  }

  /** Chats, meetings and notes in two tenants, so that every read model has documents. */
  private void someActivity() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    StudentJourney eve = new StudentJourney(as("eve.student"));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    String adas = ada.startRelationship("Rebuild Rita");
    ada.scheduleChat(adas, now.plus(2, ChronoUnit.DAYS), 30);
    String held = ada.scheduleChat(adas, now.plus(2, ChronoUnit.DAYS), 45);
    ada.logMeeting(held, now.minus(2, ChronoUnit.HOURS), 40, "Career pivots", "Team rituals");
    String eves = eve.startRelationship("Rebuild Ravi");
    eve.scheduleChat(eves, now.plus(1, ChronoUnit.DAYS), 30);
  }

  private Map<String, Object> awaitDone(String projection) {
    Map<String, Object> progress = new HashMap<>();
    await()
        .atMost(REBUILD)
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () -> {
              progress.clear();
              progress.putAll(
                  platform()
                      .get()
                      .uri("/api/v1/admin/projections/{name}/rebuild", projection)
                      .exchange()
                      .expectStatus()
                      .isOk()
                      .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                      .returnResult()
                      .getResponseBody());
              assertThat(progress.get("state")).isEqualTo("DONE");
            });
    return progress;
  }

  /** Waits until every read-model processor has handled the stream up to its head. */
  private void awaitAllProcessorsCaughtUp() {
    long head = events.createHeadToken().position().orElse(0);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                processing.eventProcessors().values().stream()
                    .filter(PooledStreamingEventProcessor.class::isInstance)
                    .map(p -> ((PooledStreamingEventProcessor) p).processingStatus().values())
                    .allMatch(
                        statuses ->
                            !statuses.isEmpty()
                                && statuses.stream().allMatch(s -> caughtUp(s, head))));
  }

  private static boolean caughtUp(EventTrackerStatus status, long head) {
    return !status.isReplaying() && status.getCurrentPosition().orElse(0) >= head;
  }

  /** A dump that two reads in a row agree on: the last batch's writes are in. */
  private static Map<String, Map<String, Object>> stable(ReadModelDump dump) {
    Map<String, Map<String, Map<String, Object>>> last = new HashMap<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              Map<String, Map<String, Object>> now = dump.all();
              boolean same = now.equals(last.get("dump"));
              last.put("dump", now);
              return same;
            });
    return last.get("dump");
  }

  private static Map<String, Integer> counts(Map<String, AtomicInteger> counters) {
    Map<String, Integer> counts = new HashMap<>();
    counters.forEach((id, count) -> counts.put(id, count.get()));
    return counts;
  }
}
