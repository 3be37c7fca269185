package io.rapport.query.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GenerationsTest {

  private static final ReadModels MODELS =
      new ReadModels(
          Map.of("chats", List.of("chats", "student_chats"), "audit", List.of("audit_buckets")));

  private MongoServer server;
  private MongoClient client;
  private MongoDatabase database;
  private Generations generations;

  @BeforeEach
  void start() {
    server = new MongoServer(new MemoryBackend());
    client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    database = client.getDatabase("rapport");
    generations = new Generations(database, MODELS);
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdownNow();
  }

  @Test
  void aReadModelNeverRebuiltLivesUnderItsPlainNamesAndOthersAreAsGiven() {
    assertThat(generations.resolve("chats")).isEqualTo("chats");
    assertThat(generations.resolve("trackingtokens")).isEqualTo("trackingtokens");
  }

  @Test
  void aBatchOfARebuildWritesTheNewGenerationWhileEveryoneElseReadsTheLiveOne() {
    int next = generations.beginBuilding("chats");

    DefaultUnitOfWork<?> batch =
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("e"));
    List<String> inRebuild = new ArrayList<>();
    try {
      Generations.buildInto(batch, Map.of("chats", next));
      inRebuild.add(generations.resolve("student_chats"));
      inRebuild.add(generations.resolve("audit_buckets"));
      assertThat(Generations.inRebuild()).isTrue();
    } finally {
      batch.rollback();
    }

    assertThat(next).isEqualTo(1);
    assertThat(inRebuild).containsExactly("student_chats_g1", "audit_buckets");
    assertThat(generations.resolve("student_chats")).isEqualTo("student_chats");
    assertThat(Generations.inRebuild()).isFalse();
  }

  @Test
  void theSwitchMakesTheNewGenerationLiveForEveryNodeAndDropsTheOldOne() {
    database.getCollection("chats").insertOne(new Document("_id", "old"));
    int next = generations.beginBuilding("chats");
    database.getCollection("chats_g1").insertOne(new Document("_id", "new"));

    generations.switchTo("chats", next);

    assertThat(generations.resolve("chats")).isEqualTo("chats_g1");
    assertThat(new Generations(database, MODELS).resolve("chats")).isEqualTo("chats_g1");
    assertThat(database.listCollectionNames().into(new ArrayList<>()))
        .contains("chats_g1")
        .doesNotContain("chats");
    assertThat(Generations.nameOutside("chats_g1")).isEqualTo("chats");
    assertThat(MODELS.ownerOfStored("student_chats_g12")).hasValue("chats");
  }

  @Test
  void anInterruptedRebuildStartsAgainOnAnEmptyGeneration() {
    int first = generations.beginBuilding("audit");
    database.getCollection("audit_buckets_g" + first).insertOne(new Document("_id", "half"));

    Generations afterCrash = new Generations(database, MODELS);
    assertThat(afterCrash.of("audit").building()).isEqualTo(first);
    int again = afterCrash.beginBuilding("audit");

    assertThat(again).isEqualTo(first);
    assertThat(database.getCollection("audit_buckets_g" + again).countDocuments()).isZero();
    assertThat(afterCrash.resolve("audit_buckets")).isEqualTo("audit_buckets");
  }
}
