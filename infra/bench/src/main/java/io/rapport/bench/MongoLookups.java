package io.rapport.bench;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import org.bson.Document;

/**
 * P3's baseline: a raw key lookup ({@code _id}) of a small timeline-like entry on the same MongoDB
 * server, at the same rate as the timeline pages, its p99 in milliseconds. The entries are the
 * benchmark's own (see {@link StoreLimit#entry}), so that the baseline does not depend on how the
 * read models name or shape their collections.
 */
final class MongoLookups {

  private static final int ENTRIES = 2_000;

  private MongoLookups() {}

  static double p99Millis(Settings settings, int perSecond, Duration duration) {
    try (MongoClient client = MongoClients.create(settings.mongoUri())) {
      MongoDatabase database = client.getDatabase(StoreLimit.DATABASE);
      database.drop();
      try {
        MongoCollection<Document> entries = database.getCollection(StoreLimit.ENTRIES);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
          documents.add(StoreLimit.entry(0, i));
        }
        entries.insertMany(documents);
        Random random = new Random(11);
        long interval = 1_000_000_000L / perSecond;
        int total = (int) (duration.toSeconds() * perSecond);
        Latencies latencies = new Latencies(total);
        long next = System.nanoTime();
        for (int i = 0; i < total; i++) {
          LockSupport.parkNanos(next - System.nanoTime());
          long started = System.nanoTime();
          entries.find(eq("_id", StoreLimit.key(0, random.nextInt(ENTRIES)))).first();
          latencies.add(System.nanoTime() - started);
          next += interval;
        }
        return latencies.percentileMillis(99);
      } finally {
        database.drop();
      }
    }
  }
}
