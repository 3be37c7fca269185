package io.rapport.query.app.chat;

import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import io.rapport.command.api.chat.ChatCancelledEvent;
import io.rapport.command.api.chat.ChatMarkedNoShowEvent;
import io.rapport.command.api.chat.ChatRescheduledEvent;
import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.chat.MeetingLoggedEvent;
import io.rapport.command.api.chat.QuestionPreparedEvent;
import io.rapport.command.api.chat.ResearchNoteAddedEvent;
import io.rapport.command.api.chat.ThankYouSentEvent;
import io.rapport.query.app.access.TenantId;
import io.rapport.query.app.store.ProjectionWriter;
import io.rapport.query.app.student.StudentDocument;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Keeps one document per chat, and the student's set of open chats (scheduled or held without a
 * thank-you yet) that the agenda reads.
 */
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
    chat(
        event.chatId(),
        tenantId,
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
        set("scheduledAt", Date.from(at)));
    openChats(tenantId, event.studentId(), addToSet(StudentDocument.OPEN_CHATS, event.chatId()));
  }

  @EventHandler
  void on(ChatRescheduledEvent event, @MetaDataValue("tenantId") String tenantId) {
    chat(
        event.chatId(),
        tenantId,
        set("startsAt", Date.from(event.startsAt())),
        set("durationMinutes", event.durationMinutes()),
        set("notes", event.notes()));
  }

  @EventHandler
  void on(ChatCancelledEvent event, @MetaDataValue("tenantId") String tenantId) {
    chat(event.chatId(), tenantId, set("status", "CANCELLED"), set("cancelReason", event.reason()));
    openChats(tenantId, event.studentId(), pull(StudentDocument.OPEN_CHATS, event.chatId()));
  }

  @EventHandler
  void on(ChatMarkedNoShowEvent event, @MetaDataValue("tenantId") String tenantId) {
    chat(event.chatId(), tenantId, set("status", "NO_SHOW"));
    openChats(tenantId, event.studentId(), pull(StudentDocument.OPEN_CHATS, event.chatId()));
  }

  @EventHandler
  void on(
      ResearchNoteAddedEvent event,
      @MetaDataValue("tenantId") String tenantId,
      @Timestamp Instant at) {
    chat(
        event.chatId(),
        tenantId,
        set(
            "researchNotes." + event.noteId(),
            new Document("topic", event.topic().name())
                .append("text", event.text())
                .append("sourceUrl", event.sourceUrl())
                .append("addedAt", Date.from(at))));
  }

  @EventHandler
  void on(
      QuestionPreparedEvent event,
      @MetaDataValue("tenantId") String tenantId,
      @Timestamp Instant at) {
    chat(
        event.chatId(),
        tenantId,
        set(
            "questions." + event.questionId(),
            new Document("text", event.text())
                .append("flags", event.flags().stream().map(Enum::name).sorted().toList())
                .append("addedAt", Date.from(at))));
  }

  @EventHandler
  void on(MeetingLoggedEvent event, @MetaDataValue("tenantId") String tenantId) {
    chat(
        event.chatId(),
        tenantId,
        set("status", "HELD"),
        set(
            "meeting",
            new Document("heldAt", Date.from(event.heldAt()))
                .append("durationMinutes", event.durationMinutes())
                .append("agreedMinutes", event.agreedMinutes())
                .append(
                    "points",
                    event.points().stream()
                        .map(p -> new Document("pointId", p.pointId()).append("text", p.text()))
                        .toList())
                .append("insights", event.insights())
                .append("leads", event.leads())
                .append("goalsSharedWhenPrompted", event.goalsSharedWhenPrompted())
                .append("flags", event.flags().stream().map(Enum::name).sorted().toList())));
  }

  @EventHandler
  void on(ThankYouSentEvent event, @MetaDataValue("tenantId") String tenantId) {
    chat(
        event.chatId(),
        tenantId,
        set(
            "thankYou",
            new Document("sentAt", Date.from(event.sentAt()))
                .append("channel", event.channel().name())
                .append("message", event.message())
                .append("referencedPointIds", event.referencedPointIds())
                .append("minutesAfterMeeting", event.minutesAfterMeeting())
                .append("windowHours", event.windowHours())
                .append("onTime", event.onTime())));
    openChats(tenantId, event.studentId(), pull(StudentDocument.OPEN_CHATS, event.chatId()));
  }

  private void chat(String chatId, String tenantId, Bson... updates) {
    Bson[] all = new Bson[updates.length + 1];
    all[0] = setOnInsert("tenantId", tenantId);
    System.arraycopy(updates, 0, all, 1, updates.length);
    writer.upsert(ChatDocument.COLLECTION, chatId, combine(all));
  }

  private void openChats(String tenantId, String studentId, Bson update) {
    TenantId tenant = new TenantId(tenantId);
    writer.upsert(
        StudentDocument.COLLECTION,
        StudentDocument.key(tenant, studentId),
        combine(setOnInsert("tenantId", tenantId), update));
  }
}
