package io.rapport.application;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bson.Document;

/**
 * What someone with write access to MongoDB but without the signing key can do to a chain of up to
 * 100 entries (one bucket): rewrite an entry and recompute its hash, every later hash and the
 * head's, from the canonical form (query-side {@code AuditChain}, pinned by its test); or cut
 * entries off the end and point the head at the new last one. MACs are left as they are: they
 * cannot be recomputed. What was there before is kept, to be put back.
 */
final class AuditForgery {

  private static final String GENESIS = "0".repeat(64);

  private final MongoCollection<Document> buckets;
  private final MongoCollection<Document> heads;
  private final String tenant;
  private final String bucketId;
  private final Document bucket;
  private final Document head;

  AuditForgery(MongoDatabase database, String tenant) {
    this.buckets = LiveCollections.of(database, "audit", "audit_buckets");
    this.heads = buckets; // heads live beside their buckets
    this.tenant = tenant;
    this.bucketId = tenant + "|" + "0".repeat(10);
    this.bucket = buckets.find(eq("_id", bucketId)).first();
    this.head = heads.find(eq("_id", tenant)).first();
    assertThat(bucket).as("the chain's first bucket").isNotNull();
    assertThat(head).as("the chain's head").isNotNull();
  }

  /** The stored entries, in order, after checking that their hashes are recomputed as stored. */
  List<Document> entries() {
    List<Document> entries = new ArrayList<>(bucket.getList("entries", Document.class));
    entries.sort(
        Comparator.comparingLong(entry -> entry.get("sequence", Number.class).longValue()));
    String previous = GENESIS;
    for (Document entry : entries) {
      assertThat(hash(entry, previous))
          .as("the forger's hash of entry %s", entry.get("sequence"))
          .isEqualTo(entry.getString("hash"));
      previous = entry.getString("hash");
    }
    return entries;
  }

  /** Gives the entry another summary and recomputes the hashes from it on, and the head's. */
  void rewrite(long sequence, String summary) {
    List<Document> entries = entries();
    List<Document> forged = new ArrayList<>();
    String previous = GENESIS;
    for (Document entry : entries) {
      Document copy = new Document(entry);
      if (entry.get("sequence", Number.class).longValue() == sequence) {
        copy.put("summary", summary);
      }
      copy.put("hash", hash(copy, previous));
      forged.add(copy);
      previous = copy.getString("hash");
    }
    store(forged, forged.get(forged.size() - 1));
  }

  /** Removes the last entry and makes the head name the one before it. */
  void cutLast() {
    List<Document> entries = entries();
    List<Document> kept = entries.subList(0, entries.size() - 1);
    store(kept, kept.get(kept.size() - 1));
  }

  /** Puts the chain back as it was. */
  void undo() {
    buckets.replaceOne(eq("_id", bucketId), bucket);
    heads.replaceOne(eq("_id", tenant), head);
  }

  private void store(List<Document> entries, Document last) {
    buckets.replaceOne(eq("_id", bucketId), new Document(bucket).append("entries", entries));
    heads.replaceOne(
        eq("_id", tenant),
        new Document(head)
            .append("lastSequence", last.get("sequence"))
            .append("lastHash", last.getString("hash")));
  }

  /** SHA-256 over the canonical form, version 1. */
  private String hash(Document entry, String previous) {
    StringBuilder form = new StringBuilder("rapport-audit/1\n");
    field(form, "tenant", tenant);
    field(form, "sequence", String.valueOf(entry.get("sequence", Number.class).longValue()));
    field(form, "eventId", entry.getString("eventId"));
    field(form, "type", entry.getString("type"));
    field(form, "category", entry.getString("category"));
    Date at = entry.getDate("at");
    field(form, "at", at == null ? null : at.toInstant().toString());
    field(form, "actorId", entry.getString("actorId"));
    List<String> roles = entry.getList("roles", String.class, List.of());
    StringBuilder list = new StringBuilder().append(roles.size()).append('#');
    roles.forEach(role -> list.append(length(role)).append(':').append(role));
    field(form, "roles", list.toString());
    field(form, "correlationId", entry.getString("correlationId"));
    field(form, "studentId", entry.getString("studentId"));
    field(form, "summary", entry.getString("summary"));
    field(form, "previous", previous);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(form.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void field(StringBuilder form, String name, String value) {
    form.append(name).append('=');
    form.append(value == null ? "~" : length(value) + ":" + value).append('\n');
  }

  private static int length(String value) {
    return value.getBytes(StandardCharsets.UTF_8).length;
  }
}
