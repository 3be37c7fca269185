package io.rapport.bench;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.bson.Document;

/**
 * P3's baseline: a raw key lookup ({@code _id}) of a timeline entry on the same MongoDB server, at
 * the same rate as the timeline pages, its p99 in milliseconds.
 */
final class MongoLookups {

  private MongoLookups() {}

  static double p99Millis(Settings settings, int perSecond, Duration duration) {
    try (MongoClient client = MongoClients.create(settings.mongoUri())) {
      MongoCollection<Document> entries =
          client.getDatabase("rapport").getCollection("timeline_entries");
      Document any = entries.find().first();
      if (any == null) {
        throw new IllegalStateException("No timeline entry to look up");
      }
      Object key = any.get("_id");
      long interval = 1_000_000_000L / perSecond;
      int total = (int) (duration.toSeconds() * perSecond);
      Latencies latencies = new Latencies(total);
      long next = System.nanoTime();
      for (int i = 0; i < total; i++) {
        LockSupport.parkNanos(next - System.nanoTime());
        long started = System.nanoTime();
        entries.find(eq("_id", key)).first();
        latencies.add(System.nanoTime() - started);
        next += interval;
      }
      return latencies.percentileMillis(99);
    }
  }
}
