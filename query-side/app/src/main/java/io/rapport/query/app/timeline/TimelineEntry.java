package io.rapport.query.app.timeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * One entry as stored in a bucket; {@code position} is the event's place in the event stream, which
 * orders entries of the same millisecond. Built from the event alone, so that the same event always
 * gives the same entry (details in key order, whatever the map) and {@code $addToSet} makes a
 * redelivery a no-op. Names of people are not stored here: the sentence is told at read time from
 * the relationship read model.
 */
record TimelineEntry(
    String id,
    Instant at,
    long position,
    String type,
    String actorId,
    String relationshipId,
    String chatId,
    Map<String, Object> details) {

  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

  /**
   * Positions of the event stream per bucket: a bucket holds one owner's entries of one UTC day
   * within one stretch of this many positions, so that no bucket grows past this many entries
   * however busy its owner, while a quiet owner's day stays one bucket.
   */
  static final long STRETCH = 256;

  /** The UTC day this entry belongs to. */
  String day() {
    return DAY.format(at);
  }

  /** The bucket this entry belongs to: its day, then its stretch of the stream. */
  String bucket() {
    return day() + "-" + String.format("%010d", position / STRETCH);
  }

  /** The day of a bucket named by {@link #bucket()}. */
  static String dayOf(String bucket) {
    return bucket.substring(0, 8);
  }

  Document toDocument() {
    return new Document("id", id)
        .append("at", Date.from(at))
        .append("position", position)
        .append("type", type)
        .append("actorId", actorId)
        .append("relationshipId", relationshipId)
        .append("chatId", chatId)
        .append("details", new Document(new TreeMap<>(details)));
  }

  static TimelineEntry fromDocument(Document doc) {
    Document details = doc.get("details", new Document());
    return new TimelineEntry(
        doc.getString("id"),
        doc.getDate("at").toInstant(),
        ((Number) doc.get("position", 0L)).longValue(),
        doc.getString("type"),
        doc.getString("actorId"),
        doc.getString("relationshipId"),
        doc.getString("chatId"),
        details);
  }
}
