package io.rapport.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Writes to an embedded read store the way the projections do, until it is killed: batch after
 * batch, new documents upserted in one bulk write, then the batch's number stored as the token.
 * Prints each stored token. Run in a process of its own by {@link ReadStoreCrashIT}.
 */
public final class ProjectingWriter {

  static final int DOCUMENTS_PER_BATCH = 200;
  static final String ENTRIES = "entries";
  static final String TOKENS = "tokens";

  private ProjectingWriter() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    long batch = Long.parseLong(args[1]);
    EmbeddedMongoServer server = EmbeddedMongoServer.start(file, 0);
    try (MongoClient client = MongoClients.create(server.connectionString())) {
      MongoDatabase database = client.getDatabase("rapport");
      while (true) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS_PER_BATCH; i++) {
          writes.add(
              new UpdateOneModel<>(
                  Filters.eq("_id", key(batch, i)),
                  Updates.combine(
                      Updates.setOnInsert("tenantId", "northfield"),
                      Updates.set("batch", batch),
                      Updates.set("text", "x".repeat(1000))),
                  new UpdateOptions().upsert(true)));
        }
        database.getCollection(ENTRIES).bulkWrite(writes);
        database
            .getCollection(TOKENS)
            .updateOne(
                Filters.eq("_id", "timelines/0"),
                Updates.set("batch", batch),
                new UpdateOptions().upsert(true));
        System.out.println("token " + batch);
        System.out.flush();
        batch++;
      }
    }
  }

  static String key(long batch, int index) {
    return "northfield|%010d|%04d".formatted(batch, index);
  }
}
