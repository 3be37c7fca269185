package io.rapport.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Prints what a page of 50 timeline entries read as a range of keys costs on the embedded store, by
 * the size of the collection, beside the same query in a shape the range read does not serve (a
 * scan). A figure to read, not a test: {@code java -cp ...
 * io.rapport.infra.mongo.KeyRangeReadFigures}.
 */
public final class KeyRangeReadFigures {

  private static final int OWNERS = 100;
  private static final int PAGES = 200;

  /** Rounds read before the measured one, for the JIT to compile the path. */
  private static final int WARM_ROUNDS = 5;

  private KeyRangeReadFigures() {}

  public static void main(String[] args) throws Exception {
    for (int size : new int[] {2_000, 20_000, 200_000}) {
      Path directory = Files.createTempDirectory("key-range-figures");
      try (EmbeddedMongoServer server =
              EmbeddedMongoServer.start(directory.resolve("read-models.bson.mv"), 0);
          MongoClient client = MongoClients.create(server.connectionString())) {
        MongoCollection<Document> entries =
            client.getDatabase("rapport").getCollection("timeline_entries");
        load(entries, size);
        double range = millisPerPage(entries, false);
        double scan = size <= 20_000 ? millisPerPage(entries, true) : Double.NaN;
        System.out.printf(
            "%,9d entries: page of 50 as a range %.2f ms, as a scan %.2f ms%n", size, range, scan);
      }
    }
  }

  private static void load(MongoCollection<Document> entries, int size) {
    List<Document> batch = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      batch.add(
          new Document("_id", key(i % OWNERS, i / OWNERS))
              .append("tenantId", "north")
              .append("type", "TouchpointLogged")
              .append("details", new Document("kind", "CHECK_IN")));
      if (batch.size() == 500) {
        entries.insertMany(batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      entries.insertMany(batch);
    }
  }

  private static double millisPerPage(MongoCollection<Document> entries, boolean scanned) {
    for (int round = 0; round < WARM_ROUNDS + 1; round++) {
      long started = System.nanoTime();
      for (int page = 0; page < PAGES; page++) {
        int owner = page % OWNERS;
        Bson filter =
            Filters.and(
                Filters.gt("_id", "north|s:" + owner + "|"),
                Filters.lt("_id", "north|s:" + owner + "}"),
                Filters.eq("tenantId", "north"));
        if (scanned) {
          filter = Filters.and(filter, Filters.or(Filters.exists("type")));
        }
        entries.find(filter).sort(Sorts.descending("_id")).limit(51).into(new ArrayList<>());
      }
      if (round == WARM_ROUNDS) {
        return (System.nanoTime() - started) / 1e6 / PAGES;
      }
    }
    throw new AssertionError();
  }

  private static String key(int owner, int i) {
    return "north|s:" + owner + "|" + String.format("%015d", 1_700_000_000_000L + i * 1000L);
  }
}
