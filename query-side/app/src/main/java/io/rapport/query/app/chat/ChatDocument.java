package io.rapport.query.app.chat;

import io.rapport.query.api.chat.ChatView;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** The chat read model's document and its mapping to the view. */
final class ChatDocument {

  static final String COLLECTION = "chats";

  private ChatDocument() {}

  static ChatView toView(Document doc) {
    return new ChatView(
        doc.getString("_id"),
        doc.getString("relationshipId"),
        doc.getString("studentId"),
        doc.getString("kind"),
        doc.getString("status"),
        instant(doc.getDate("startsAt")),
        doc.getInteger("durationMinutes", 0),
        doc.getString("setting"),
        doc.getString("location"),
        doc.getString("purpose"),
        doc.getList("notes", String.class, List.of()),
        instant(doc.getDate("scheduledAt")));
  }

  private static java.time.Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
