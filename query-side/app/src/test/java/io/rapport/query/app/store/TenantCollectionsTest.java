package io.rapport.query.app.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A tenant's collections never show, change or erase another tenant's documents. */
class TenantCollectionsTest {

  private static final String CHATS = "chats";
  private static final String ENTRIES = "entries";

  private MongoServer server;
  private MongoClient client;
  private MongoDatabase database;
  private TenantCollections northfield;
  private TenantCollections southbay;

  @BeforeEach
  void start() {
    server = new MongoServer(new MemoryBackend());
    client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    database = client.getDatabase("test");
    ReadModelStore store =
        new ReadModelStore(
            database,
            CollectionNames.AS_GIVEN,
            new ProjectionWriter(database, CollectionNames.AS_GIVEN));
    northfield = store.of(new TenantId("northfield-university"));
    southbay = store.of(new TenantId("southbay-bootcamp"));
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdown();
  }

  @Test
  void anInsertRedeliveredChangesNothingAndTheRestOfItsBatchIsWritten() {
    northfield.insert(ENTRIES, "entry-1", new Document("type", "MeetingLogged"));
    northfield.insert(ENTRIES, "entry-1", new Document("type", "MeetingLogged"));

    DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
    // the redelivered entry first: the inserts of a batch go on past it
    northfield.insert(ENTRIES, "entry-1", new Document("type", "MeetingLogged"));
    northfield.insert(ENTRIES, "entry-2", new Document("type", "ThankYouSent"));
    batch.commit();

    assertThat(Flux.from(database.getCollection(ENTRIES).find()).collectList().block())
        .extracting(doc -> doc.getString("_id") + " " + doc.getString(TenantId.KEY))
        .containsExactlyInAnyOrder(
            "entry-1 northfield-university", "entry-2 northfield-university");
  }

  @Test
  void anInsertRefusedByAnotherUniqueIndexIsARefusedWrite() {
    Mono.from(
            database
                .getCollection(ENTRIES)
                .createIndex(new Document("slot", 1), new IndexOptions().unique(true)))
        .block();
    northfield.insert(ENTRIES, "entry-1", new Document("slot", "a"));

    assertThatThrownBy(() -> northfield.insert(ENTRIES, "entry-2", new Document("slot", "a")))
        .isInstanceOf(RefusedWrite.class);
    assertThat(
            StoreFailures.inconsistent(
                catchThrowable(
                    () -> northfield.insert(ENTRIES, "entry-3", new Document("slot", "a")))))
        .as("a read model that contradicts its store is built again")
        .isTrue();
  }

  @Test
  void aWriteStampsItsTenantOnTheDocumentItCreates() {
    northfield.upsert(CHATS, "chat-1", set("status", "SCHEDULED"));

    Document stored =
        Mono.from(database.getCollection(CHATS).find(eq("_id", "chat-1")).first()).block();
    assertThat(stored.getString(TenantId.KEY)).isEqualTo("northfield-university");
  }

  @Test
  void anotherTenantsDocumentIsNotFoundByKey() {
    northfield.upsert(CHATS, "chat-1", set("status", "SCHEDULED"));
    southbay.upsert(CHATS, "chat-2", set("status", "HELD"));

    assertThat(northfield.byId(CHATS, "chat-1").block()).isNotNull();
    assertThat(southbay.byId(CHATS, "chat-1").block()).isNull();
    assertThat(northfield.byIds(CHATS, List.of("chat-1", "chat-2")).block())
        .extracting(doc -> doc.getString("_id"))
        .containsExactly("chat-1");
  }

  @Test
  void aKeyHeldByAnotherTenantIsToldFromAMiss() {
    northfield.upsert(CHATS, "chat-1", set("status", "SCHEDULED"));

    assertThat(southbay.heldByAnotherTenant(CHATS, "chat-1").block()).isTrue();
    assertThat(northfield.heldByAnotherTenant(CHATS, "chat-1").block()).isFalse();
    assertThat(southbay.heldByAnotherTenant(CHATS, "nowhere").block()).isFalse();
  }

  @Test
  void scrubbingErasesOnlyTheTenantsDocuments() {
    northfield.upsert(CHATS, "chat-1", set("purpose", "learn about design"));
    southbay.upsert(CHATS, "chat-2", set("purpose", "learn about design"));

    northfield.scrub(CHATS, eq("purpose", "learn about design"), List.of("purpose"));

    assertThat(northfield.byId(CHATS, "chat-1").block().getString("purpose"))
        .isEqualTo(Scrubber.ERASED);
    assertThat(southbay.byId(CHATS, "chat-2").block().getString("purpose"))
        .isEqualTo("learn about design");
  }

  @Test
  void aRangeOfKeysIsReadInKeyOrderEitherWayUpToTheLimit() {
    for (int i = 1; i <= 5; i++) {
      northfield.upsert(ENTRIES, "northfield-university|s:ada|" + i, set("n", i));
    }
    northfield.upsert(ENTRIES, "northfield-university|s:bob|1", set("n", 1));

    String above = "northfield-university|s:ada|";
    String below = "northfield-university|s:ada}";
    assertThat(
            northfield
                .range(ENTRIES, above, below, false, 10)
                .map(d -> d.get("n"))
                .collectList()
                .block())
        .containsExactly(1, 2, 3, 4, 5);
    assertThat(
            northfield
                .range(ENTRIES, above, below, true, 2)
                .map(d -> d.get("n"))
                .collectList()
                .block())
        .containsExactly(5, 4);
    assertThat(
            northfield
                .range(ENTRIES, "northfield-university|s:ada|2", below, false, 10)
                .map(d -> d.get("n"))
                .collectList()
                .block())
        .containsExactly(3, 4, 5);
  }

  @Test
  void aRangeShowsNoDocumentOfAnotherTenantEvenWithinTheTenantsKeys() {
    northfield.upsert(ENTRIES, "northfield-university|s:ada|1", set("n", 1));
    // a key in northfield's key space written for another tenant
    southbay.upsert(ENTRIES, "northfield-university|s:ada|2", set("n", 2));
    southbay.upsert(ENTRIES, "southbay-bootcamp|s:ada|1", set("n", 3));

    assertThat(
            northfield
                .range(
                    ENTRIES,
                    "northfield-university|s:ada|",
                    "northfield-university|s:ada}",
                    false,
                    10)
                .map(d -> d.get("n"))
                .collectList()
                .block())
        .containsExactly(1);
  }

  @Test
  void aRangeReachingOutsideTheTenantsKeysIsRefused() {
    southbay.upsert(ENTRIES, "southbay-bootcamp|s:ada|1", set("n", 3));

    assertThatThrownBy(() -> northfield.range(ENTRIES, "a", "z", false, 10).collectList().block())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                northfield
                    .range(ENTRIES, "northfield-university|", "southbay-bootcamp}", false, 10)
                    .collectList()
                    .block())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
