package io.rapport.query.app.audit;

import io.rapport.query.api.audit.AuditEntryView;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * One entry of a tenant's audit chain, as stored in its bucket. {@code at} has millisecond
 * precision, as stored, so that the hash recomputed from a stored entry is the hash it was written
 * with.
 *
 * @param mac the {@link AuditKey} MAC of the hash; null for an entry written before entries were
 *     signed
 */
record AuditEntry(
    long sequence,
    String eventId,
    String type,
    String category,
    Instant at,
    String actorId,
    List<String> roles,
    String correlationId,
    String studentId,
    String summary,
    String hash,
    String mac) {

  static final String SECURITY = "SECURITY";
  static final String ACTIVITY = "ACTIVITY";

  /** The entry with its hash, and its MAC under the given key. */
  AuditEntry sealed(String newHash, AuditKey key) {
    return new AuditEntry(
        sequence,
        eventId,
        type,
        category,
        at,
        actorId,
        roles,
        correlationId,
        studentId,
        summary,
        newHash,
        key.ofEntry(newHash));
  }

  /**
   * Always the same fields in the same order, so that a redelivered entry equals the stored one.
   */
  Document toDocument() {
    return new Document("sequence", sequence)
        .append("eventId", eventId)
        .append("type", type)
        .append("category", category)
        .append("at", at == null ? null : Date.from(at))
        .append("actorId", actorId)
        .append("roles", roles)
        .append("correlationId", correlationId)
        .append("studentId", studentId)
        .append("summary", summary)
        .append("hash", hash)
        .append("mac", mac);
  }

  /**
   * Reads a stored entry leniently: a field of the wrong type (someone wrote into the database)
   * reads as null, which the chain check then reports, instead of failing the read.
   */
  static AuditEntry fromDocument(Document doc) {
    return new AuditEntry(
        doc.get("sequence") instanceof Number n ? n.longValue() : -1L,
        text(doc, "eventId"),
        text(doc, "type"),
        text(doc, "category"),
        doc.get("at") instanceof Date date ? date.toInstant() : null,
        text(doc, "actorId"),
        doc.get("roles") instanceof List<?> list
            ? list.stream().map(String::valueOf).toList()
            : List.of(),
        text(doc, "correlationId"),
        text(doc, "studentId"),
        text(doc, "summary"),
        text(doc, "hash"),
        text(doc, "mac"));
  }

  AuditEntryView toView() {
    return new AuditEntryView(
        sequence,
        eventId,
        type,
        category,
        at,
        actorId,
        roles,
        correlationId,
        studentId,
        summary,
        hash);
  }

  private static String text(Document doc, String key) {
    return doc.get(key) instanceof String s ? s : null;
  }
}
