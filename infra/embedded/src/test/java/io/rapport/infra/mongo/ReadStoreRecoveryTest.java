package io.rapport.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the read store does with a file it finds damaged, and with a write that fails. */
class ReadStoreRecoveryTest {

  @TempDir Path directory;

  private Path file() {
    return directory.resolve("read-models.bson.mv");
  }

  private static MongoCollection<Document> things(MongoClient client) {
    return client.getDatabase("rapport").getCollection("things");
  }

  @Test
  void anIndexThatLostAnEntryIsRebuiltOnOpenAndTheDocumentCanBeUpsertedAgain() {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file(), 0);
        MongoClient client = MongoClients.create(server.connectionString())) {
      things(client)
          .insertMany(IntStream.range(0, 10).mapToObj(i -> new Document("_id", "k" + i)).toList());
    }
    // as an earlier version could leave it: the document saved, its index entry not
    try (MVStore store = new MVStore.Builder().fileName(file().toString()).open()) {
      MVMap<KeyValue, Object> keyIndex =
          store.openMap(
              "rapport.things._index__id_",
              new MVMap.Builder<KeyValue, Object>()
                  .keyType(IndexKeyDataType.INSTANCE)
                  .valueType(KeyDataType.INSTANCE));
      keyIndex.remove(keyIndex.firstKey());
    }

    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file(), 0);
        MongoClient client = MongoClients.create(server.connectionString())) {
      assertThat(server.recovery().repairs())
          .singleElement()
          .asString()
          .contains("_id_ of rapport.things held 9 entries for 10 documents");
      things(client)
          .updateOne(
              Filters.eq("_id", "k0"), Updates.set("seen", true), new UpdateOptions().upsert(true));
      assertThat(things(client).countDocuments()).isEqualTo(10);
      assertThat(things(client).find(Filters.eq("_id", "k0")).first()).containsEntry("seen", true);
    }

    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file(), 0)) {
      assertThat(server.recovery().clean()).isTrue();
    }
  }

  @Test
  void anUnreadableFileIsSetAsideAndAnEmptyStoreServesInItsPlace() throws Exception {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file(), 0);
        MongoClient client = MongoClients.create(server.connectionString())) {
      things(client).insertOne(new Document("_id", "kept"));
    }
    byte[] saved = Files.readAllBytes(file());
    Files.write(file(), new byte[saved.length]); // zeros where the headers and chunks were

    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file(), 0);
        MongoClient client = MongoClients.create(server.connectionString())) {
      StoreRecovery recovery = server.recovery();
      assertThat(recovery.clean()).isFalse();
      assertThat(recovery.setAside()).exists().hasBinaryContent(new byte[saved.length]);
      assertThat(recovery.cause()).isNotBlank();
      assertThat(things(client).countDocuments()).isZero();
      things(client).insertOne(new Document("_id", "new"));
      assertThat(things(client).countDocuments()).isEqualTo(1);
    }
  }

  @Test
  void keepsOnlyTheLastTwoFilesSetAside() throws Exception {
    for (int i = 0; i < 4; i++) {
      Files.write(file(), new byte[4096 * 3]);
      try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file(), 0)) {
        assertThat(server.recovery().setAside()).isNotNull();
      }
    }
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files.filter(f -> f.getFileName().toString().contains(".unreadable-"))).hasSize(2);
    }
  }

  @Test
  void aStoreClosedByAFailedWriteIsOpenedAgainFromItsLastSaveAndListenersAreTold() {
    AtomicInteger told = new AtomicInteger();
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file(), 0);
        MongoClient client = MongoClients.create(server.connectionString())) {
      server.onReopenedAfterLoss(told::incrementAndGet);
      things(client).insertOne(new Document("_id", "saved"));
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> !server.backend().getMvStore().hasUnsavedChanges());
      String port = server.connectionString();

      server.backend().getMvStore().closeImmediately(); // as H2 does when a save fails

      await().atMost(Duration.ofSeconds(10)).until(() -> told.get() == 1 && server.isRunning());
      assertThat(server.connectionString()).isEqualTo(port);
      assertThat(things(client).find(Filters.eq("_id", "saved")).first()).isNotNull();
    }
  }
}
