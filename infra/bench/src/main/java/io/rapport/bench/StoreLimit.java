package io.rapport.bench;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;

/**
 * P4's second baseline: what the read store the application uses (its MongoDB wire server, on its
 * port) takes when asked directly, in a database of the benchmark's own, from a few clients at once
 * (as the application's processors write at once), each on keys of its own: ordered bulks of
 * idempotent upserts of small documents shaped like the read models' ({@code $set} of the fields,
 * {@code $setOnInsert} of the first sighting), ordered bulks of inserts of one small document per
 * entry (keyed by owner and zero-padded sequence, as a page-shaped timeline keys its entries), and
 * key lookups one at a time.
 *
 * @param upsertsPerSecond documents upserted per second
 * @param insertsPerSecond documents inserted per second
 * @param lookupsPerSecond documents read by key per second
 */
record StoreLimit(double upsertsPerSecond, double insertsPerSecond, double lookupsPerSecond) {

  static final String DATABASE = "rapport_bench_store";
  static final String ENTRIES = "entries";
  static final int BULK = 500;

  /** What one client does with its share of the operations, in its own key range. */
  private interface Work {
    void run(MongoDatabase database, int client, int operations);
  }

  static StoreLimit measure(Settings settings) throws Exception {
    try (MongoClient client = MongoClients.create(settings.mongoUri())) {
      MongoDatabase database = client.getDatabase(DATABASE);
      database.drop();
      try {
        double upserts = perSecond(database, settings, StoreLimit::upserts);
        double inserts = perSecond(database, settings, StoreLimit::inserts);
        double lookups = perSecond(database, settings, StoreLimit::lookups);
        System.out.printf(
            "  the read store took %,.0f upserts/s, %,.0f inserts/s, %,.0f key lookups/s"
                + " from %d clients%n",
            upserts, inserts, lookups, settings.storeClients());
        return new StoreLimit(upserts, inserts, lookups);
      } finally {
        database.drop();
      }
    }
  }

  /**
   * The events per second the store could take if each wrote these documents, at the rates
   * measured: the time each kind of write takes, summed per event (a delete counted as an upsert).
   */
  double eventsPerSecond(ReadStoreWrites writes, long events) {
    double secondsPerEvent =
        ((writes.updates() + writes.deletes()) / upsertsPerSecond
                + writes.inserts() / insertsPerSecond)
            / events;
    return 1 / secondsPerEvent;
  }

  private static double perSecond(MongoDatabase database, Settings settings, Work work)
      throws Exception {
    int clients = settings.storeClients();
    int each = settings.storeOperations() / clients;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> running = new ArrayList<>();
      long started = System.nanoTime();
      for (int client = 0; client < clients; client++) {
        int id = client;
        running.add(pool.submit(() -> work.run(database, id, each)));
      }
      for (Future<?> client : running) {
        client.get();
      }
      return (double) each * clients / ((System.nanoTime() - started) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  private static void upserts(MongoDatabase database, int client, int operations) {
    MongoCollection<Document> rows = database.getCollection("rows");
    List<WriteModel<Document>> bulk = new ArrayList<>(BULK);
    for (int i = 0; i < operations; i++) {
      Date at = new Date();
      bulk.add(
          new UpdateOneModel<>(
              eq("_id", "tenant-07:" + client + ":" + String.format("%012d", i)),
              Updates.combine(
                  Updates.set("tenantId", "tenant-07"),
                  Updates.set("studentId", "student-" + (i % 20)),
                  Updates.set("state", "MEETING_LOGGED"),
                  Updates.set("contactName", "Maya Chen"),
                  Updates.set("company", "Acme"),
                  Updates.set("nextStep", "Send the thank-you within 24 hours"),
                  Updates.set("position", (long) i),
                  Updates.set("updatedAt", at),
                  Updates.setOnInsert("createdAt", at)),
              new UpdateOptions().upsert(true)));
      if (bulk.size() == BULK || i == operations - 1) {
        rows.bulkWrite(bulk, new BulkWriteOptions().ordered(true));
        bulk.clear();
      }
    }
  }

  private static void inserts(MongoDatabase database, int client, int operations) {
    MongoCollection<Document> entries = database.getCollection(ENTRIES);
    List<Document> bulk = new ArrayList<>(BULK);
    for (int i = 0; i < operations; i++) {
      bulk.add(entry(client, i));
      if (bulk.size() == BULK || i == operations - 1) {
        entries.insertMany(bulk);
        bulk.clear();
      }
    }
  }

  private static void lookups(MongoDatabase database, int client, int operations) {
    MongoCollection<Document> entries = database.getCollection(ENTRIES);
    Random random = new Random(client);
    for (int i = 0; i < operations; i++) {
      if (entries.find(eq("_id", key(client, random.nextInt(operations)))).first() == null) {
        throw new IllegalStateException("An inserted entry was not found");
      }
    }
  }

  /** One timeline-like entry of about 300 bytes, the {@code sequence}th of an owner. */
  static Document entry(int owner, int sequence) {
    return new Document("_id", key(owner, sequence))
        .append("tenantId", "tenant-07")
        .append("ownerId", "student-" + owner)
        .append("relationshipId", "rel-" + (sequence / 10))
        .append("type", "MEETING_LOGGED")
        .append("sentence", "Met Maya Chen (Acme) for 40 minutes: stakeholders matter")
        .append("position", (long) sequence)
        .append("at", new Date());
  }

  static String key(int owner, int sequence) {
    return "tenant-07:student-" + owner + ":" + String.format("%012d", sequence);
  }
}
