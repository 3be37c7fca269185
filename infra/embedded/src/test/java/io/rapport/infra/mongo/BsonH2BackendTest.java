package io.rapport.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server's H2 file, in its BSON page format, through the MongoDB driver. */
class BsonH2BackendTest {

  @TempDir Path directory;

  private Path file() {
    return directory.resolve("read-models.bson.mv");
  }

  private void withCollection(Consumer<MongoCollection<Document>> work) {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file(), 0);
        MongoClient client = MongoClients.create(server.connectionString())) {
      work.accept(client.getDatabase("rapport").getCollection("things"));
    }
  }

  @Test
  void keepsEveryKindOfValueAcrossARestart() {
    ObjectId objectId = new ObjectId();
    Document original =
        new Document("_id", "tenant|student|2026-11-25")
            .append("text", "Grüße, naïve café ☕")
            .append("int", 42)
            .append("long", 1L << 40)
            .append("double", 2.5)
            .append("decimal", Decimal128.parse("12.345"))
            .append("bool", true)
            .append("null", null)
            .append("date", Date.from(Instant.parse("2026-11-25T10:15:30.123Z")))
            .append("objectId", objectId)
            .append("binary", new Binary(new byte[] {1, 2, 3}))
            .append("nested", new Document("list", List.of(1, "two", new Document("three", 3))));
    withCollection(things -> things.insertOne(original));

    withCollection(
        things ->
            assertThat(things.find(Filters.eq("_id", "tenant|student|2026-11-25")).first())
                .isEqualTo(original));
  }

  @Test
  void findsAndUpdatesByEveryKindOfKey() {
    ObjectId objectId = new ObjectId();
    UUID uuid = UUID.randomUUID();
    withCollection(
        things -> {
          things.insertMany(
              List.of(
                  new Document("_id", "text").append("n", 1),
                  new Document("_id", 7L).append("n", 2),
                  new Document("_id", objectId).append("n", 3),
                  new Document("_id", new Document("tenant", "t").append("id", uuid.toString()))
                      .append("n", 4)));
          things.updateOne(Filters.eq("_id", objectId), Updates.inc("n", 10));
        });

    withCollection(
        things -> {
          assertThat(things.find(Filters.eq("_id", "text")).first()).containsEntry("n", 1);
          assertThat(things.find(Filters.eq("_id", 7L)).first()).containsEntry("n", 2);
          assertThat(things.find(Filters.eq("_id", objectId)).first()).containsEntry("n", 13);
          assertThat(
                  things
                      .find(
                          Filters.eq(
                              "_id", new Document("tenant", "t").append("id", uuid.toString())))
                      .first())
              .containsEntry("n", 4);
          assertThat(things.find(Filters.eq("_id", "absent")).first()).isNull();
          assertThat(things.countDocuments()).isEqualTo(4);
        });
  }

  @Test
  void aUniqueIndexFindsByItsKeyAndRefusesADuplicateAcrossARestart() {
    withCollection(
        things -> {
          things.createIndex(
              Indexes.ascending("tenantId", "token"), new IndexOptions().unique(true));
          things.insertOne(new Document("_id", "a").append("tenantId", "t1").append("token", "x"));
          things.insertOne(new Document("_id", "b").append("tenantId", "t2").append("token", "x"));
        });

    withCollection(
        things -> {
          assertThat(
                  things
                      .find(Filters.and(Filters.eq("tenantId", "t2"), Filters.eq("token", "x")))
                      .first())
              .containsEntry("_id", "b");
          assertThatThrownBy(
                  () ->
                      things.insertOne(
                          new Document("_id", "c").append("tenantId", "t1").append("token", "x")))
              .hasMessageContaining("duplicate key");
          things.deleteOne(Filters.eq("_id", "a"));
          things.insertOne(new Document("_id", "c").append("tenantId", "t1").append("token", "x"));
          assertThat(things.find(Filters.eq("token", "x")).into(new ArrayList<>()))
              .extracting(d -> d.get("_id"))
              .containsExactlyInAnyOrder("b", "c");
        });
  }

  @Test
  void manyUpsertsInABulkWriteLandOnceEach() {
    withCollection(
        things -> {
          List<UpdateOneModel<Document>> writes = new ArrayList<>();
          for (int i = 0; i < 5_000; i++) {
            writes.add(
                new UpdateOneModel<>(
                    Filters.eq("_id", "bucket-" + (i % 50)),
                    Updates.push("entries", new Document("i", i)),
                    new UpdateOptions().upsert(true)));
          }
          things.bulkWrite(writes);
        });

    withCollection(
        things -> {
          assertThat(things.countDocuments()).isEqualTo(50);
          Document bucket = things.find(Filters.eq("_id", "bucket-7")).first();
          assertThat(bucket.getList("entries", Document.class))
              .extracting(d -> d.getInteger("i"))
              .hasSize(100)
              .startsWith(7, 57, 107)
              .endsWith(4_957);
        });
  }

  @Test
  void aDuplicateIdInABulkWriteIsRefusedLikeOnMongoDb() {
    withCollection(
        things -> {
          things.insertOne(new Document("_id", "one"));
          assertThatThrownBy(() -> things.insertMany(List.of(new Document("_id", "one"))))
              .isInstanceOf(MongoBulkWriteException.class);
          things.drop();
          assertThat(things.countDocuments()).isZero();
          things.insertOne(new Document("_id", "one"));
        });
    withCollection(things -> assertThat(things.countDocuments()).isEqualTo(1));
  }

  @Test
  void aReadGetsACopyNeverTheStoredDocument() {
    withCollection(things -> things.insertOne(new Document("_id", "a").append("n", 1)));
    BsonH2Backend backend = BsonH2Backend.open(file());
    try {
      de.bwaldvogel.mongo.MongoCollection<?> things =
          backend.resolveDatabase("rapport").resolveCollection("things", true);
      de.bwaldvogel.mongo.bson.Document byKey = new de.bwaldvogel.mongo.bson.Document("_id", "a");
      de.bwaldvogel.mongo.bson.Document byScan = new de.bwaldvogel.mongo.bson.Document("n", 1);

      // the server changes what it reads in place when it updates; H2 may be writing it meanwhile
      things.handleQuery(byKey).forEach(document -> document.put("n", 2));
      things.handleQuery(byScan).forEach(document -> document.put("extra", true));

      assertThat(things.handleQuery(byKey).iterator().next())
          .isEqualTo(new de.bwaldvogel.mongo.bson.Document("_id", "a").append("n", 1));
    } finally {
      backend.close();
    }
  }

  @Test
  void aKeyLookupWithinATenantReadsOneDocumentNotTheCollection() {
    BsonH2Backend backend = BsonH2Backend.open(file());
    de.bwaldvogel.mongo.MongoServer server = new de.bwaldvogel.mongo.MongoServer(backend);
    java.net.InetSocketAddress address = server.bind();
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
      MongoCollection<Document> things = client.getDatabase("rapport").getCollection("things");
      for (int i = 0; i < 100; i++) {
        things.insertOne(new Document("_id", "k" + i).append("tenantId", "t" + (i % 2)));
      }
      BsonH2Collection stored =
          (BsonH2Collection) backend.resolveDatabase("rapport").resolveCollection("things", true);
      long before = stored.scans();

      // as the driver renders Filters.and: {$and: [{_id: k}, {tenantId: t}]}
      assertThat(things.find(Filters.and(Filters.eq("_id", "k4"), Filters.eq("tenantId", "t0"))))
          .hasSize(1);
      assertThat(things.find(Filters.and(Filters.eq("_id", "k4"), Filters.eq("tenantId", "t1"))))
          .isEmpty();
      assertThat(things.find(new Document("_id", "k4").append("tenantId", "t0"))).hasSize(1);
      assertThat(
              things.find(
                  Filters.and(
                      Filters.in("_id", List.of("k1", "k2", "k3", "k404")),
                      Filters.eq("tenantId", "t1"))))
          .extracting(d -> d.get("_id"))
          .containsExactlyInAnyOrder("k1", "k3");
      assertThat(stored.scans()).isEqualTo(before);

      assertThat(things.find(Filters.eq("tenantId", "t1"))).hasSize(50);
      assertThat(stored.scans()).isEqualTo(before + 1);
    } finally {
      server.shutdown();
    }
  }
}
