package io.rapport.query.app.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.rapport.query.app.store.CollectionNames;
import io.rapport.query.app.store.ProjectionWriter;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantCollections;
import io.rapport.query.app.store.TenantId;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Names are looked up within the tenant; a name asked for just before its relationship is projected
 * is waited for, a moment at a time, and a name that never comes does not hold the answer forever.
 */
class ContactNamesTest {

  private static final TenantId NORTHFIELD = new TenantId("northfield-university");

  private MongoServer server;
  private MongoClient client;
  private MongoCollection<Document> relationships;
  private ContactNames names;
  private TenantCollections northfield;

  @BeforeEach
  void start() {
    server = new MongoServer(new MemoryBackend());
    client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    var database = client.getDatabase("test");
    relationships = database.getCollection(RelationshipDocument.COLLECTION);
    names = new ContactNames(new ContactNameCache(ContactNameCache.DEFAULT_NAMES));
    northfield =
        new ReadModelStore(
                database,
                CollectionNames.AS_GIVEN,
                new ProjectionWriter(database, CollectionNames.AS_GIVEN))
            .of(NORTHFIELD);
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdown();
  }

  @Test
  void aNameIsReadWithinItsTenantOnly() {
    project("rel-1", NORTHFIELD.value(), "Maya Chen");
    project("rel-2", "southbay-bootcamp", "Someone Else");

    assertThat(names.of(northfield, Set.of("rel-1", "rel-2")).block())
        .isEqualTo(Map.of("rel-1", "Maya Chen"));
  }

  @Test
  void aRelationshipProjectedAMomentLaterIsWaitedFor() {
    Mono.delay(Duration.ofMillis(250))
        .doOnNext(tick -> project("rel-1", NORTHFIELD.value(), "Maya Chen"))
        .subscribe();

    assertThat(names.of(northfield, Set.of("rel-1")).block()).isEmpty();
    assertThat(names.awaited(northfield, Set.of("rel-1"), 10).block(Duration.ofSeconds(5)))
        .isEqualTo(Map.of("rel-1", "Maya Chen"));
  }

  @Test
  void aNameThatNeverComesIsGivenUpAfterTheAttempts() {
    long started = System.nanoTime();

    assertThat(names.awaited(northfield, Set.of("gone"), 2).block(Duration.ofSeconds(5))).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(ContactNames.WAIT.multipliedBy(2));
  }

  @Test
  void aNameReadOnceIsToldWithoutAnotherLookup() {
    project("rel-1", NORTHFIELD.value(), "Maya Chen");
    assertThat(names.of(northfield, Set.of("rel-1")).block())
        .isEqualTo(Map.of("rel-1", "Maya Chen"));

    Mono.from(relationships.deleteMany(new Document())).block();

    assertThat(names.of(northfield, Set.of("rel-1")).block())
        .isEqualTo(Map.of("rel-1", "Maya Chen"));
  }

  private void project(String id, String tenant, String name) {
    Mono.from(
            relationships.insertOne(
                new Document("_id", id)
                    .append(TenantId.KEY, tenant)
                    .append("contact", new Document("name", name))))
        .block();
  }
}
