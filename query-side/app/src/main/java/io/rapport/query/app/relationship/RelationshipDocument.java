package io.rapport.query.app.relationship;

import io.rapport.query.api.relationship.RelationshipView;
import java.util.Date;
import org.bson.Document;

/** The relationship read model's document and its mapping to the view. */
public final class RelationshipDocument {

  /** The collection; other read models look contact names up here. */
  public static final String COLLECTION = "relationships";

  private RelationshipDocument() {}

  static RelationshipView toView(Document doc) {
    Document contact = doc.get("contact", new Document());
    Date startedAt = doc.getDate("startedAt");
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
        doc.getInteger("cadenceDays", 0),
        startedAt == null ? null : startedAt.toInstant());
  }

  /** The contact's name held in a relationship document. */
  public static String contactName(Document doc) {
    Document contact = doc.get("contact", Document.class);
    return contact == null ? null : contact.getString("name");
  }
}
