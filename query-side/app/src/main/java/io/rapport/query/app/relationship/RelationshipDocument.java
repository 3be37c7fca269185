package io.rapport.query.app.relationship;

import io.rapport.query.api.relationship.RelationshipView;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** The relationship read model's document and its mapping to the view. */
public final class RelationshipDocument {

  /** The collection; other read models look contact names up here. */
  public static final String COLLECTION = "relationships";

  private RelationshipDocument() {}

  /** The view, with the time-based status worked out at {@code now}. */
  public static RelationshipView toView(Document doc, Instant now) {
    Document contact = doc.get("contact", new Document());
    Instant startedAt = instant(doc.getDate("startedAt"));
    Instant lastContactAt = instant(doc.getDate("lastContactAt"));
    int cadenceDays = doc.getInteger("cadenceDays", 90);
    Instant since = lastContactAt != null ? lastContactAt : startedAt;
    Instant nextDue = since == null ? null : since.plus(Duration.ofDays(cadenceDays));
    Document connection = doc.get("connection", Document.class);
    return new RelationshipView(
        doc.getString("_id"),
        doc.getString("studentId"),
        new RelationshipView.ContactView(
            contact.getString("name"),
            contact.getString("company"),
            contact.getString("role"),
            contact.getString("email"),
            contact.getString("profileUrl")),
        doc.getString("howWeMet"),
        nextDue != null && now.isAfter(nextDue) ? "COOLING" : "ACTIVE",
        cadenceDays,
        startedAt,
        lastContactAt,
        nextDue,
        connection == null
            ? null
            : new RelationshipView.Connection(
                connection.getString("platform"),
                connection.getString("message"),
                instant(connection.getDate("requestedAt")),
                instant(connection.getDate("acceptedAt"))),
        entries(doc.get("reciprocityOffers", Document.class)).stream()
            .map(e -> (Document) e.getValue())
            .sorted(Comparator.comparing(d -> d.getDate("at")))
            .map(d -> d.getString("offer"))
            .toList(),
        entries(doc.get("outcomes", Document.class)).stream()
            .map(
                e -> {
                  Document outcome = (Document) e.getValue();
                  return new RelationshipView.Outcome(
                      e.getKey(),
                      outcome.getString("kind"),
                      outcome.getString("note"),
                      instant(outcome.getDate("at")));
                })
            .sorted(Comparator.comparing(RelationshipView.Outcome::at))
            .toList());
  }

  /** The contact's name held in a relationship document. */
  public static String contactName(Document doc) {
    Document contact = doc.get("contact", Document.class);
    return contact == null ? null : contact.getString("name");
  }

  private static List<Map.Entry<String, Object>> entries(Document doc) {
    return doc == null ? List.of() : List.copyOf(doc.entrySet());
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
