package io.rapport.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query for a range of keys is answered from the sorted key map, walking from the range's bound,
 * with the answer a scan of the collection gives: the same documents in the same order, whichever
 * direction, bounds and limit, and whatever else the query asks.
 */
class KeyRangeReadTest {

  private static final int OWNERS = 4;
  private static final int ENTRIES = 300;

  @TempDir Path directory;

  private BsonH2Backend backend;
  private MongoServer server;
  private MongoClient client;
  private MongoCollection<Document> entries;
  private BsonH2Collection stored;

  @BeforeEach
  void start() {
    backend = BsonH2Backend.open(directory.resolve("read-models.bson.mv"));
    server = new MongoServer(backend);
    InetSocketAddress address = server.bind();
    client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    entries = client.getDatabase("rapport").getCollection("entries");
    List<Document> all = new ArrayList<>();
    for (int owner = 0; owner < OWNERS; owner++) {
      for (int i = 0; i < ENTRIES; i++) {
        all.add(
            new Document("_id", key(owner, i))
                .append("tenantId", owner == 3 ? "other" : "north")
                .append("type", i % 10 == 0 ? "rare" : "common"));
      }
    }
    all.add(new Document("_id", 42L).append("tenantId", "north"));
    all.add(new Document("_id", new Document("composite", 1)).append("tenantId", "north"));
    entries.insertMany(all);
    stored =
        (BsonH2Collection) backend.resolveDatabase("rapport").resolveCollection("entries", false);
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdown();
  }

  private static String key(int owner, int i) {
    return "north|s:" + owner + "|" + String.format("%015d", 1_700_000_000_000L + i * 1000L);
  }

  @Test
  void aRangeOfKeysIsAnsweredAsAScanWouldInBothDirections() {
    List<Bson> ranges =
        List.of(
            Filters.and(Filters.gt("_id", "north|s:1|"), Filters.lt("_id", "north|s:1}")),
            Filters.and(Filters.gte("_id", key(1, 10)), Filters.lte("_id", key(1, 20))),
            Filters.and(Filters.gt("_id", key(1, 10)), Filters.lt("_id", key(1, 20))),
            Filters.gt("_id", key(2, 250)),
            Filters.lt("_id", key(0, 5)),
            Filters.and(
                Filters.gt("_id", "north|s:1|"),
                Filters.lt("_id", "north|s:1}"),
                Filters.lt("_id", key(1, 100)),
                Filters.eq("tenantId", "north")),
            Filters.and(
                Filters.and(Filters.gt("_id", "north|s:2|"), Filters.lt("_id", "north|s:2}")),
                Filters.eq("type", "rare")),
            Filters.and(Filters.gt("_id", "north|s:3|"), Filters.eq("tenantId", "north")),
            Filters.and(Filters.gt("_id", key(1, 50)), Filters.lt("_id", key(1, 40))));
    for (Bson range : ranges) {
      for (Bson order : List.of(Sorts.ascending("_id"), Sorts.descending("_id"))) {
        for (int limit : new int[] {0, 1, 7, 51}) {
          assertThat(ids(entries.find(range).sort(order).limit(limit)))
              .as("%s sorted %s, limit %d", range, order, limit)
              .isEqualTo(ids(entries.find(scanned(range)).sort(order).limit(limit)));
        }
      }
      assertThat(ids(entries.find(range))).isEqualTo(ids(entries.find(scanned(range))));
    }
  }

  @Test
  void boundsAreExclusiveOrInclusiveAsAsked() {
    Bson sorted = Sorts.ascending("_id");
    assertThat(ids(entries.find(Filters.and(gt(5), lt(8))).sort(sorted)))
        .containsExactly(key(1, 6), key(1, 7));
    assertThat(
            ids(
                entries
                    .find(Filters.and(Filters.gte("_id", key(1, 5)), Filters.lte("_id", key(1, 8))))
                    .sort(sorted)))
        .containsExactly(key(1, 5), key(1, 6), key(1, 7), key(1, 8));
    assertThat(ids(entries.find(Filters.and(gt(5), lt(8))).sort(Sorts.descending("_id"))))
        .containsExactly(key(1, 7), key(1, 6));
  }

  @Test
  void aPageOfALongRangeReadsThePageNotTheCollection() {
    long scansBefore = stored.scans();
    long walkedBefore = stored.keysWalked();

    List<Object> newest =
        ids(
            entries
                .find(
                    Filters.and(
                        Filters.gt("_id", "north|s:1|"),
                        Filters.lt("_id", key(1, 200)),
                        Filters.eq("tenantId", "north")))
                .sort(Sorts.descending("_id"))
                .limit(5));

    assertThat(newest)
        .containsExactly(key(1, 199), key(1, 198), key(1, 197), key(1, 196), key(1, 195));
    assertThat(stored.scans()).isEqualTo(scansBefore);
    assertThat(stored.keysWalked() - walkedBefore).isLessThanOrEqualTo(6);
  }

  @Test
  void otherQueriesAreAnsweredAsBefore() {
    long scansBefore = stored.scans();

    assertThat(ids(entries.find(Filters.eq("type", "rare")))).hasSize(OWNERS * ENTRIES / 10);
    assertThat(ids(entries.find(Filters.and(gt(5), lt(8))).sort(Sorts.ascending("type"))))
        .containsExactlyInAnyOrder(key(1, 6), key(1, 7));
    assertThat(ids(entries.find(Filters.in("_id", List.of(key(0, 1), key(2, 2)))))).hasSize(2);
    assertThat(stored.scans()).isEqualTo(scansBefore + 1); // the query on type alone
  }

  private static Bson gt(int i) {
    return Filters.gt("_id", key(1, i));
  }

  private static Bson lt(int i) {
    return Filters.lt("_id", key(1, i));
  }

  /**
   * The same query in a shape the range read does not serve, answered by reading every document.
   */
  private static Bson scanned(Bson range) {
    return Filters.and(range, Filters.or(Filters.exists("tenantId"), Filters.exists("nothing")));
  }

  private static List<Object> ids(FindIterable<Document> found) {
    List<Object> ids = new ArrayList<>();
    found.forEach(d -> ids.add(d.get("_id")));
    return ids;
  }
}
