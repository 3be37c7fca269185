package io.rapport.query.app.timeline;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * One entry of a timeline, stored as a document of its own; {@code position} is the event's place
 * in the event stream, which orders entries of the same millisecond. Built from the event alone, so
 * that the same event always gives the same entry (details in key order, whatever the map) and a
 * redelivery writes what is there already. Names of people are not stored here: the sentence is
 * told at read time.
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
