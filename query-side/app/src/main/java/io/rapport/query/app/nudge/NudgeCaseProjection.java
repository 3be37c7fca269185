package io.rapport.query.app.nudge;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.max;
import static com.mongodb.client.model.Updates.min;
import static com.mongodb.client.model.Updates.set;

import io.rapport.command.api.chat.ChatCancelledEvent;
import io.rapport.command.api.chat.ChatMarkedNoShowEvent;
import io.rapport.command.api.chat.ChatRescheduledEvent;
import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.chat.MeetingLoggedEvent;
import io.rapport.command.api.chat.QuestionPreparedEvent;
import io.rapport.command.api.chat.ResearchNoteAddedEvent;
import io.rapport.command.api.chat.ThankYouSentEvent;
import io.rapport.command.api.coaching.CoachNoteAddedEvent;
import io.rapport.command.api.nudge.NudgeSentEvent;
import io.rapport.command.api.relationship.CadenceSetEvent;
import io.rapport.command.api.relationship.ConnectionAcceptedEvent;
import io.rapport.command.api.relationship.ConnectionRequestedEvent;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.command.api.relationship.TouchpointLoggedEvent;
import io.rapport.query.app.store.ReadModelCollections;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantId;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Keeps the cases the nudge rules are about, each with what the report needs to tell whether it was
 * nudged and acted upon in time ({@code nudge_cases}, keyed {@code tenant|kind|subject}): a chat's
 * preparation and thank-you, a relationship's contacts and connection request, a coach's digests
 * and notes. Every write is idempotent ({@code $set} of the event's values, {@code $min}/{@code
 * $max} of its times, and sets of moments kept as fields named by their milliseconds, which no
 * order of delivery changes), so a redelivered event changes nothing, and a rebuild from the first
 * event gives the same cases, nudged or not (those before nudges existed are the cases without
 * one).
 */
@Component
@ProcessingGroup(NudgeCaseProjection.GROUP)
@ReadModelCollections(NudgeCaseProjection.CASES)
class NudgeCaseProjection {

  static final String GROUP = "nudge-report";
  static final String CASES = "nudge_cases";

  static final String PREPARE = "PREPARE";
  static final String THANK_YOU = "THANK_YOU";
  static final String TOUCHPOINT = "TOUCHPOINT";
  static final String CONNECTION = "CONNECTION";
  static final String DIGEST = "DIGEST";

  private final ReadModelStore store;

  NudgeCaseProjection(ReadModelStore store) {
    this.store = store;
  }

  @EventHandler
  void on(ChatScheduledEvent event, EventMessage<?> message) {
    write(
        message,
        PREPARE,
        event.chatId(),
        set("studentId", event.studentId()),
        set("deadline", date(event.startsAt())));
  }

  @EventHandler
  void on(ChatRescheduledEvent event, EventMessage<?> message) {
    write(message, PREPARE, event.chatId(), set("deadline", date(event.startsAt())));
  }

  @EventHandler
  void on(QuestionPreparedEvent event, EventMessage<?> message, @Timestamp Instant at) {
    write(message, PREPARE, event.chatId(), min("preparedAt", date(at)));
  }

  @EventHandler
  void on(ResearchNoteAddedEvent event, EventMessage<?> message, @Timestamp Instant at) {
    write(message, PREPARE, event.chatId(), min("preparedAt", date(at)));
  }

  @EventHandler
  void on(ChatCancelledEvent event, EventMessage<?> message) {
    write(message, PREPARE, event.chatId(), set("ended", true));
  }

  @EventHandler
  void on(ChatMarkedNoShowEvent event, EventMessage<?> message) {
    write(message, PREPARE, event.chatId(), set("ended", true));
  }

  @EventHandler
  void on(MeetingLoggedEvent event, EventMessage<?> message) {
    write(
        message,
        THANK_YOU,
        event.chatId(),
        set("studentId", event.studentId()),
        set("heldAt", date(event.heldAt())));
    contact(message, event.relationshipId(), event.studentId(), event.heldAt());
  }

  @EventHandler
  void on(ThankYouSentEvent event, EventMessage<?> message) {
    write(
        message,
        THANK_YOU,
        event.chatId(),
        min("thankedAt", date(event.sentAt())),
        set("onTime", event.onTime()),
        set("windowHours", event.windowHours()));
  }

  @EventHandler
  void on(RelationshipStartedEvent event, EventMessage<?> message, @Timestamp Instant at) {
    write(
        message,
        TOUCHPOINT,
        event.relationshipId(),
        set("studentId", event.studentId()),
        min("startedAt", date(at)),
        set("cadenceDays", event.cadenceDays()));
  }

  @EventHandler
  void on(CadenceSetEvent event, EventMessage<?> message) {
    write(message, TOUCHPOINT, event.relationshipId(), set("cadenceDays", event.everyDays()));
  }

  @EventHandler
  void on(TouchpointLoggedEvent event, EventMessage<?> message) {
    contact(message, event.relationshipId(), event.studentId(), event.at());
  }

  @EventHandler
  void on(ConnectionRequestedEvent event, EventMessage<?> message, @Timestamp Instant at) {
    write(
        message,
        CONNECTION,
        event.relationshipId(),
        set("studentId", event.studentId()),
        max("requestedAt", date(at)));
  }

  @EventHandler
  void on(ConnectionAcceptedEvent event, EventMessage<?> message) {
    write(message, CONNECTION, event.relationshipId(), min("acceptedAt", date(event.acceptedAt())));
  }

  @EventHandler
  void on(CoachNoteAddedEvent event, EventMessage<?> message, @Timestamp Instant at) {
    if (event.authorId() != null) {
      write(message, DIGEST, event.authorId(), moment("notes", at));
    }
  }

  @EventHandler
  void on(NudgeSentEvent event, EventMessage<?> message, @Timestamp Instant at) {
    boolean toStudent = event.recipientId().equals(event.studentId());
    switch (event.rule()) {
      case PREPARE_FOR_CHAT ->
          write(message, PREPARE, event.subjectId(), min("nudgedAt", date(at)));
      case THANK_YOU_DUE ->
          write(message, THANK_YOU, event.subjectId(), min("nudgedDueAt", date(at)));
      case THANK_YOU_OVERDUE -> {
        if (toStudent) {
          write(message, THANK_YOU, event.subjectId(), min("nudgedOverdueAt", date(at)));
        }
      }
      case TOUCHPOINT_DUE ->
          write(message, TOUCHPOINT, event.relationshipId(), moment("nudged", at));
      case CONNECTION_FOLLOW_UP ->
          write(message, CONNECTION, event.relationshipId(), max("nudgedAt", date(at)));
      case COACH_WEEKLY_DIGEST -> write(message, DIGEST, event.recipientId(), moment("sent", at));
    }
  }

  private void contact(
      EventMessage<?> message, String relationshipId, String studentId, Instant at) {
    write(message, TOUCHPOINT, relationshipId, set("studentId", studentId), moment("contacts", at));
  }

  private void write(EventMessage<?> message, String kind, String subject, Bson... updates) {
    TenantId tenant = TenantId.of(message);
    store.of(tenant).upsert(CASES, tenant.key(kind, subject), combine(updates));
  }

  /**
   * Adds a moment to a set of moments: a field named by its epoch milliseconds, so the set is the
   * same whatever order its events came in (an array would keep their order).
   */
  static Bson moment(String set, Instant at) {
    return set(set + "." + at.toEpochMilli(), Date.from(at));
  }

  private static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }
}
