package io.rapport.application;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.rapport.query.app.store.Generations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Every document of the read-model collections, normalised for comparison: keys sorted, arrays
 * sorted (two segments may add to one array in either order; the audit chain's order is pinned by
 * its hashes, which chain each entry to the one before), and the audit heads' gap list left out (it
 * depends on when the head was written, not on the events).
 *
 * <p>Audit chains are compared entry by entry, hashes included, for one tenant whose events were
 * all appended by one caller; for the others, which the other ITs fill with concurrent commands,
 * only which events each chain holds: an event whose transaction committed late was appended live
 * after later events, and comes in stream order in a rebuild (see docs/architecture.md).
 */
final class ReadModelDump {

  /** The collections of each projection. */
  static final Map<String, List<String>> COLLECTIONS =
      Map.of(
          "chats", List.of("chats", "student_chats"),
          "relationships", List.of("relationships", "student_relationships"),
          "timelines", List.of("timeline_entries"),
          "people", List.of("people", "coach_students"),
          "audit", List.of("audit_buckets"),
          "tenants", List.of("tenants", "tenant_index"),
          "notifications", List.of("notifications", "notification_inboxes"),
          "notification-settings", List.of("notification_settings"),
          "nudge-report", List.of("nudge_cases"));

  private final MongoDatabase database;
  private final String exactTenant;

  ReadModelDump(MongoClient client, String database, String exactTenant) {
    this.database = client.getDatabase(database);
    this.exactTenant = exactTenant;
  }

  /** Collection → document id → normalised document. */
  Map<String, Map<String, Object>> all() {
    Map<String, Map<String, Object>> dump = new TreeMap<>();
    COLLECTIONS.forEach(
        (model, collections) -> {
          int live = LiveCollections.liveGeneration(database, model);
          collections.forEach(
              collection ->
                  dump.put(
                      collection, collection(collection, Generations.nameIn(collection, live))));
        });
    return dump;
  }

  private Map<String, Object> collection(String name, String stored) {
    Map<String, Object> documents = new TreeMap<>();
    for (Document document : database.getCollection(stored).find()) {
      String tenant = document.getString("tenantId");
      if (name.startsWith("audit_") && !exactTenant.equals(tenant)) {
        eventsOfChain(documents, name, tenant, document);
        continue;
      }
      if (isAuditHead(name, document)) {
        document.remove("gaps");
      }
      documents.put(String.valueOf(document.get("_id")), normalised(document));
    }
    return documents;
  }

  /** A chain's head, kept beside its buckets: the one document of the chain without entries. */
  private static boolean isAuditHead(String collection, Document document) {
    return collection.equals("audit_buckets") && !document.containsKey("entries");
  }

  /** For a chain compared by its events only: its length, and the ids of its events. */
  @SuppressWarnings("unchecked")
  private static void eventsOfChain(
      Map<String, Object> documents, String name, String tenant, Document document) {
    if (isAuditHead(name, document)) {
      documents.put(tenant, document.get("lastSequence"));
      return;
    }
    List<String> ids =
        (List<String>) documents.computeIfAbsent(tenant + " events", key -> new ArrayList<>());
    document.getList("entries", Document.class, List.of()).stream()
        .map(entry -> entry.getString("eventId"))
        .forEach(ids::add);
    ids.sort(Comparator.naturalOrder());
  }

  private static Object normalised(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((key, inner) -> sorted.put(String.valueOf(key), normalised(inner)));
      return sorted;
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>();
      list.forEach(item -> items.add(normalised(item)));
      items.sort(Comparator.comparing(String::valueOf));
      return items;
    }
    return value;
  }
}
