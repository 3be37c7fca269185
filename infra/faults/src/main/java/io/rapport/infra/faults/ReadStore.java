package io.rapport.infra.faults;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;

/** The application's read store (its MongoDB), read from outside. */
final class ReadStore {

  /** Collections that are not read models: the processors' tokens and parked events. */
  private static final Set<String> NOT_READ_MODELS =
      Set.of(
          "trackingtokens",
          "deadletters",
          "read_model_generations",
          "system.indexes",
          "system.namespaces");

  private final String uri;

  ReadStore(int port) {
    this.uri = "mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=5000";
  }

  /**
   * Every document of every read model, by collection and key, in a form that a rebuild must
   * reproduce exactly. Two things a rebuild cannot reproduce are left out: the order of the audit
   * chain, which is the order in which the audit processor received the events (two commands that
   * commit at once may reach it in the other order than their positions, while a rebuild reads them
   * by position; both chains verify), so audit entries are compared by event, without sequence,
   * hash and MAC, and heads by their count of entries (their position is the token's, the highest
   * seen); and the order of sets of ids ({@code $addToSet} of several students' events, handled on
   * different segments).
   */
  /**
   * A tenant's audit chain as stored, for a report: the head's last sequence, then each entry's
   * sequence, event id and type in bucket order, entries seen twice (by event id or by sequence)
   * marked.
   */
  String auditChain(String tenant) {
    StringBuilder chain = new StringBuilder();
    try (MongoClient client = MongoClients.create(uri)) {
      MongoDatabase database = client.getDatabase("rapport");
      String buckets = stored(database, "audit", "audit_buckets");
      Document head = database.getCollection(buckets).find(new Document("_id", tenant)).first();
      chain.append("head ").append(head == null ? "(none)" : head.get("lastSequence")).append(';');
      java.util.Set<Object> events = new java.util.HashSet<>();
      java.util.Set<Object> sequences = new java.util.HashSet<>();
      for (Document bucket :
          database
              .getCollection(buckets)
              .find(new Document("tenantId", tenant))
              .sort(new Document("bucket", 1))) {
        for (Document entry : bucket.getList("entries", Document.class, List.of())) {
          boolean twice = !events.add(entry.get("eventId")) | !sequences.add(entry.get("sequence"));
          if (twice) {
            chain.append(" TWICE");
          }
          chain
              .append(' ')
              .append(entry.get("sequence"))
              .append(':')
              .append(String.valueOf(entry.get("eventId")), 0, 8)
              .append(':')
              .append(entry.get("type"));
        }
      }
    }
    return chain.toString();
  }

  /** The collection that holds the read model's collection now, in its live generation. */
  private static String stored(MongoDatabase database, String model, String collection) {
    Document generation =
        database.getCollection("read_model_generations").find(new Document("_id", model)).first();
    int live = generation == null ? 0 : generation.getInteger("live", 0);
    return live == 0 ? collection : collection + "_g" + live;
  }

  Map<String, Map<String, Document>> dump() {
    Map<String, Map<String, Document>> collections = new TreeMap<>();
    try (MongoClient client = MongoClients.create(uri)) {
      MongoDatabase database = client.getDatabase("rapport");
      for (String stored : database.listCollectionNames()) {
        if (NOT_READ_MODELS.contains(stored)) {
          continue;
        }
        // a read model rebuilt beside itself is kept under its name and generation (name_g2)
        String name = stored.replaceFirst("_g[0-9]+$", "");
        Map<String, Document> documents = new HashMap<>();
        for (Document document : database.getCollection(stored).find()) {
          if (name.equals("audit_buckets") && !document.containsKey("entries")) {
            // a chain's head, kept beside its buckets
            documents.put(
                String.valueOf(document.get("_id")),
                new Document("lastSequence", document.get("lastSequence")));
          } else if (name.equals("audit_buckets")) {
            for (Document entry : document.getList("entries", Document.class)) {
              entry.remove("sequence");
              entry.remove("hash");
              entry.remove("mac");
              documents.put(document.get("tenantId") + "|" + entry.get("eventId"), entry);
            }
          } else {
            documents.put(String.valueOf(document.get("_id")), normalized(document));
          }
        }
        collections.put(name, documents);
      }
    }
    return collections;
  }

  /** The document with every list of plain strings sorted, recursively. */
  private static Document normalized(Document document) {
    Document copy = new Document();
    document.forEach((key, value) -> copy.put(key, normalizedValue(value)));
    return copy;
  }

  private static Object normalizedValue(Object value) {
    if (value instanceof Document nested) {
      return normalized(nested);
    }
    if (value instanceof List<?> list) {
      if (!list.isEmpty() && list.stream().allMatch(String.class::isInstance)) {
        return list.stream().map(String.class::cast).sorted().toList();
      }
      return list.stream().map(ReadStore::normalizedValue).toList();
    }
    return value;
  }
}
