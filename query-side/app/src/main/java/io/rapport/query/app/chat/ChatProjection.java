package io.rapport.query.app.chat;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.query.app.store.ProjectionWriter;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/** Keeps one document per chat. */
@Component
@ProcessingGroup(ChatProjection.GROUP)
class ChatProjection {

  static final String GROUP = "chats";

  private final ProjectionWriter writer;

  ChatProjection(ProjectionWriter writer) {
    this.writer = writer;
  }

  @EventHandler
  void on(
      ChatScheduledEvent event, @MetaDataValue("tenantId") String tenantId, @Timestamp Instant at) {
    writer.upsert(
        ChatDocument.COLLECTION,
        event.chatId(),
        combine(
            setOnInsert("tenantId", tenantId),
            set("studentId", event.studentId()),
            set("relationshipId", event.relationshipId()),
            set("kind", event.kind().name()),
            set("status", "SCHEDULED"),
            set("startsAt", Date.from(event.startsAt())),
            set("durationMinutes", event.durationMinutes()),
            set("setting", event.setting().name()),
            set("location", event.location()),
            set("purpose", event.purpose()),
            set("notes", event.notes()),
            set("scheduledAt", Date.from(at))));
  }
}
