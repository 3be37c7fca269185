package io.rapport.query.app.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** A tenant's collections never show, change or erase another tenant's documents. */
class TenantCollectionsTest {

  private static final String CHATS = "chats";

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
}
