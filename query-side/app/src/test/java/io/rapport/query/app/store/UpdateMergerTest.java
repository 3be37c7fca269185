package io.rapport.query.app.store;

import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.max;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;
import static com.mongodb.client.model.Updates.unset;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
import java.util.Optional;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UpdateMergerTest {

  private static MongoServer server;
  private static MongoClient client;
  private static MongoCollection<Document> documents;
  private static int next;

  @BeforeAll
  static void startServer() {
    server = new MongoServer(new MemoryBackend());
    client = MongoClients.create("mongodb://" + toUri(server.bind()));
    documents = client.getDatabase("test").getCollection("documents");
  }

  @AfterAll
  static void stopServer() {
    client.close();
    server.shutdown();
  }

  @Test
  void twoEntriesAddedToOneBucketBecomeOneWriteWithTheSameResult() {
    Bson first =
        combine(setOnInsert("tenantId", "t"), setOnInsert("bucket", 0), addToSet("entries", "a"));
    Bson second =
        combine(setOnInsert("tenantId", "t"), setOnInsert("bucket", 0), addToSet("entries", "b"));

    assertSameEffect(first, second, null);
    assertSameEffect(first, second, new Document("entries", List.of("z")));
    assertThat(merge(first, second).orElseThrow().getDocument("$addToSet").toJson())
        .isEqualTo("{\"entries\": {\"$each\": [\"a\", \"b\"]}}");
  }

  @Test
  void aRedeliveredEntryIsStillAddedOnlyOnce() {
    Bson add = combine(setOnInsert("tenantId", "t"), addToSet("entries", "a"));

    assertSameEffect(add, add, null);
  }

  @Test
  void theLaterSetWinsAndUnsetFieldsGo() {
    Bson first = combine(set("status", "SCHEDULED"), set("startsAt", 1), max("lastContact", 5));
    Bson second = combine(set("status", "HELD"), unset("plan"), max("lastSeen", 2));

    assertSameEffect(first, second, new Document("plan", "x").append("lastContact", 7));
  }

  @Test
  void keepsTwoWritesWhereAMergeCouldChangeTheResult() {
    assertThat(merge(max("lastContact", 1), max("lastContact", 2))).isEmpty();
    assertThat(merge(addToSet("entries", "a"), pull("entries", "a"))).isEmpty();
    assertThat(merge(set("plan", "x"), unset("plan"))).isEmpty();
    assertThat(merge(set("a", 1), set("a.b", 2))).isEmpty();
    assertThat(merge(set("a", 1), setOnInsert("tenantId", "t"))).isEmpty();
    assertThat(
            merge(
                setOnInsert("tenantId", "t"),
                combine(setOnInsert("tenantId", "t"), setOnInsert("kind", "k"))))
        .isEmpty();
  }

  @Test
  void aWriterBatchMergesOnlyUpsertsOfTheSameDocument() {
    PendingWrites writes = new PendingWrites();
    writes.upsert("a", render(addToSet("entries", "1")));
    writes.upsert("b", render(addToSet("entries", "1")));
    writes.upsert("a", render(addToSet("entries", "2")));
    writes.upsert("a", render(pull("entries", "1")));
    writes.upsert("a", render(addToSet("entries", "3")));

    assertThat(writes.writes()).hasSize(4);
  }

  @Test
  void aBatchOfManyEntriesForOneBucketIsOneWriteWithEveryEntryInOrder() {
    PendingWrites writes = new PendingWrites();
    List<BsonDocument> updates = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      BsonDocument update =
          render(
              combine(
                  setOnInsert("tenantId", "t"),
                  set("lastAt", i),
                  addToSet("entries", new Document("n", i))));
      updates.add(update);
      writes.upsert("bucket", update);
    }
    String oneByOne = "bucket-one-by-one";
    UpdateOptions upsert = new UpdateOptions().upsert(true);
    updates.forEach(update -> documents.updateOne(Filters.eq("_id", oneByOne), update, upsert));
    String merged = "bucket-merged";
    assertThat(writes.writes()).hasSize(1);
    documents.updateOne(
        Filters.eq("_id", merged),
        ((com.mongodb.client.model.UpdateOneModel<Document>) writes.writes().get(0)).getUpdate(),
        upsert);

    Document expected = documents.find(Filters.eq("_id", oneByOne)).first();
    Document actual = documents.find(Filters.eq("_id", merged)).first();
    assertThat(actual.getList("entries", Document.class)).hasSize(300);
    expected.remove("_id");
    actual.remove("_id");
    assertThat(actual).isEqualTo(expected);
    // the projection's own updates are left as they were made
    assertThat(updates.get(0).toJson())
        .isEqualTo(
            render(
                    combine(
                        setOnInsert("tenantId", "t"),
                        set("lastAt", 0),
                        addToSet("entries", new Document("n", 0))))
                .toJson());
  }

  private static void assertSameEffect(Bson first, Bson second, Document existing) {
    String oneByOne = "one-by-one-" + next;
    String merged = "merged-" + next++;
    if (existing != null) {
      documents.insertOne(new Document(existing).append("_id", oneByOne));
      documents.insertOne(new Document(existing).append("_id", merged));
    }
    UpdateOptions upsert = new UpdateOptions().upsert(true);
    documents.updateOne(Filters.eq("_id", oneByOne), first, upsert);
    documents.updateOne(Filters.eq("_id", oneByOne), second, upsert);
    documents.updateOne(Filters.eq("_id", merged), merge(first, second).orElseThrow(), upsert);

    Document expected = documents.find(Filters.eq("_id", oneByOne)).first();
    Document actual = documents.find(Filters.eq("_id", merged)).first();
    expected.remove("_id");
    actual.remove("_id");
    assertThat(actual).isEqualTo(expected);
  }

  private static Optional<BsonDocument> merge(Bson first, Bson second) {
    return UpdateMerger.merge(render(first), render(second));
  }

  private static BsonDocument render(Bson update) {
    return update.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
  }

  private static String toUri(java.net.InetSocketAddress address) {
    return address.getHostString() + ":" + address.getPort();
  }
}
