package io.rapport.query.app.chat;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.max;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;
import static com.mongodb.client.model.Updates.unset;

import io.rapport.command.api.chat.ChatCancelledEvent;
import io.rapport.command.api.chat.ChatMarkedNoShowEvent;
import io.rapport.command.api.chat.ChatRescheduledEvent;
import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.chat.MeetingLoggedEvent;
import io.rapport.command.api.chat.QuestionPreparedEvent;
import io.rapport.command.api.chat.ResearchNoteAddedEvent;
import io.rapport.command.api.chat.ThankYouSentEvent;
import io.rapport.command.api.privacy.ContactPersonalDataErasedEvent;
import io.rapport.command.api.privacy.StudentPersonalDataErasedEvent;
import io.rapport.query.app.store.ReadModelCollections;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantCollections;
import io.rapport.query.app.store.TenantId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Keeps one document per chat, and each student's lists of chats ({@link StudentChats}): the open
 * chats (scheduled, or held without a thank-you yet) that the agenda reads, the date of every chat,
 * and the last activity.
 */
@Component
@ProcessingGroup(ChatProjection.GROUP)
@ReadModelCollections({ChatDocument.COLLECTION, StudentChats.COLLECTION})
class ChatProjection {

  static final String GROUP = "chats";

  /** What a chat's document says about the contact. */
  static final List<String> PERSONAL =
      List.of(
          "location",
          "purpose",
          "cancelReason",
          "researchNotes.*.text",
          "researchNotes.*.sourceUrl",
          "questions.*.text",
          "meeting.points[].text",
          "meeting.insights",
          "meeting.leads[]",
          "thankYou.message");

  private final ReadModelStore store;

  ChatProjection(ReadModelStore store) {
    this.store = store;
  }

  @EventHandler
  void on(ContactPersonalDataErasedEvent event, EventMessage<?> message) {
    tenantOf(message)
        .scrub(ChatDocument.COLLECTION, eq("relationshipId", event.relationshipId()), PERSONAL);
  }

  @EventHandler
  void on(StudentPersonalDataErasedEvent event, EventMessage<?> message) {
    tenantOf(message).scrub(ChatDocument.COLLECTION, eq("studentId", event.studentId()), PERSONAL);
  }

  @EventHandler
  void on(ChatScheduledEvent event, EventMessage<?> message) {
    chat(
        message,
        event.chatId(),
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
        set("scheduledAt", Date.from(message.getTimestamp())));
    student(
        message,
        event.studentId(),
        addToSet(StudentChats.OPEN, event.chatId()),
        addToSet(StudentChats.ALL, event.chatId()),
        set(dateOf(event.chatId()), Date.from(event.startsAt())));
  }

  @EventHandler
  void on(ChatRescheduledEvent event, EventMessage<?> message) {
    chat(
        message,
        event.chatId(),
        set("startsAt", Date.from(event.startsAt())),
        set("durationMinutes", event.durationMinutes()),
        set("notes", event.notes()));
    student(message, event.studentId(), set(dateOf(event.chatId()), Date.from(event.startsAt())));
  }

  @EventHandler
  void on(ChatCancelledEvent event, EventMessage<?> message) {
    chat(message, event.chatId(), set("status", "CANCELLED"), set("cancelReason", event.reason()));
    student(
        message,
        event.studentId(),
        pull(StudentChats.OPEN, event.chatId()),
        unset(dateOf(event.chatId())));
  }

  @EventHandler
  void on(ChatMarkedNoShowEvent event, EventMessage<?> message) {
    chat(message, event.chatId(), set("status", "NO_SHOW"));
    student(
        message,
        event.studentId(),
        pull(StudentChats.OPEN, event.chatId()),
        unset(dateOf(event.chatId())));
  }

  @EventHandler
  void on(ResearchNoteAddedEvent event, EventMessage<?> message) {
    chat(
        message,
        event.chatId(),
        set(
            "researchNotes." + event.noteId(),
            new Document("topic", event.topic().name())
                .append("text", event.text())
                .append("sourceUrl", event.sourceUrl())
                .append("addedAt", Date.from(message.getTimestamp()))));
    student(message, event.studentId());
  }

  @EventHandler
  void on(QuestionPreparedEvent event, EventMessage<?> message) {
    chat(
        message,
        event.chatId(),
        set(
            "questions." + event.questionId(),
            new Document("text", event.text())
                .append("flags", event.flags().stream().map(Enum::name).sorted().toList())
                .append("addedAt", Date.from(message.getTimestamp()))));
    student(message, event.studentId());
  }

  @EventHandler
  void on(MeetingLoggedEvent event, EventMessage<?> message) {
    chat(
        message,
        event.chatId(),
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
    student(message, event.studentId(), set(dateOf(event.chatId()), Date.from(event.heldAt())));
  }

  @EventHandler
  void on(ThankYouSentEvent event, EventMessage<?> message) {
    chat(
        message,
        event.chatId(),
        set(
            "thankYou",
            new Document("sentAt", Date.from(event.sentAt()))
                .append("channel", event.channel().name())
                .append("message", event.message())
                .append("referencedPointIds", event.referencedPointIds())
                .append("minutesAfterMeeting", event.minutesAfterMeeting())
                .append("windowHours", event.windowHours())
                .append("onTime", event.onTime())));
    student(message, event.studentId(), pull(StudentChats.OPEN, event.chatId()));
  }

  private static String dateOf(String chatId) {
    return StudentChats.DATES + "." + chatId;
  }

  private void chat(EventMessage<?> message, String chatId, Bson... updates) {
    List<Bson> all = new ArrayList<>(List.of(updates));
    if (message instanceof DomainEventMessage<?> domain) {
      // the calendar feed's SEQUENCE: grows with every change, the same on redelivery
      all.add(max("revision", domain.getSequenceNumber()));
    }
    all.add(max("updatedAt", Date.from(message.getTimestamp())));
    tenantOf(message).upsert(ChatDocument.COLLECTION, chatId, combine(all));
  }

  private void student(EventMessage<?> message, String studentId, Bson... updates) {
    TenantCollections tenant = tenantOf(message);
    List<Bson> all = new ArrayList<>(List.of(updates));
    all.add(setOnInsert(StudentChats.STUDENT, studentId));
    all.add(max(StudentChats.LAST_ACTIVITY, Date.from(message.getTimestamp())));
    tenant.upsert(StudentChats.COLLECTION, tenant.tenant().key(studentId), combine(all));
  }

  private TenantCollections tenantOf(EventMessage<?> message) {
    return store.of(TenantId.of(message));
  }
}
