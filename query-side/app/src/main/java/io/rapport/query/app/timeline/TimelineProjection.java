package io.rapport.query.app.timeline;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;

import io.rapport.command.api.chat.ChatCancelledEvent;
import io.rapport.command.api.chat.ChatMarkedNoShowEvent;
import io.rapport.command.api.chat.ChatRescheduledEvent;
import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.chat.MeetingLoggedEvent;
import io.rapport.command.api.chat.QuestionPreparedEvent;
import io.rapport.command.api.chat.ResearchNoteAddedEvent;
import io.rapport.command.api.chat.ThankYouSentEvent;
import io.rapport.command.api.coaching.CoachNoteAddedEvent;
import io.rapport.command.api.member.MemberDeactivatedEvent;
import io.rapport.command.api.member.MemberInvitedEvent;
import io.rapport.command.api.member.MemberReactivatedEvent;
import io.rapport.command.api.member.MemberRole;
import io.rapport.command.api.nudge.NudgeSentEvent;
import io.rapport.command.api.privacy.ContactPersonalDataErasedEvent;
import io.rapport.command.api.privacy.RecordsDisclosedEvent;
import io.rapport.command.api.privacy.StudentPersonalDataErasedEvent;
import io.rapport.command.api.relationship.CadenceSetEvent;
import io.rapport.command.api.relationship.ConnectionAcceptedEvent;
import io.rapport.command.api.relationship.ConnectionRequestedEvent;
import io.rapport.command.api.relationship.OutcomeRecordedEvent;
import io.rapport.command.api.relationship.ReciprocityOfferedEvent;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.command.api.relationship.TouchpointLoggedEvent;
import io.rapport.query.api.timeline.FetchStudentTimelineAfterQuery;
import io.rapport.query.api.timeline.TimelineEntryRecorded;
import io.rapport.query.app.store.EventPositions;
import io.rapport.query.app.store.Generations;
import io.rapport.query.app.store.ReadModelCollections;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantCollections;
import io.rapport.query.app.store.TenantId;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

/**
 * Writes every event of a student's networking into the student's and the relationship's timeline.
 * Entries hold facts (ids, kinds, times, counts), never free text, and never names: the sentence is
 * told when read.
 */
@Component
@ProcessingGroup(TimelineProjection.GROUP)
@ReadModelCollections(TimelineWriter.ENTRIES)
class TimelineProjection {

  static final String GROUP = "timelines";

  private final TimelineWriter timelines;
  private final QueryUpdateEmitter followers;
  private final ReadModelStore store;

  TimelineProjection(ReadModelStore store, QueryUpdateEmitter followers) {
    this.timelines = new TimelineWriter(store);
    this.followers = followers;
    this.store = store;
  }

  /** The erasure itself is on the timelines, as a fact without personal data. */
  @EventHandler
  void on(ContactPersonalDataErasedEvent event, EventMessage<?> message) {
    record(message, event.studentId(), event.relationshipId(), null, Map.of());
  }

  /** Coach notes are the only free text on a timeline; they are the student's. */
  @EventHandler
  void on(StudentPersonalDataErasedEvent event, EventMessage<?> message) {
    TenantCollections tenant = store.of(TenantId.of(message));
    TimelineOwner owner = TimelineOwner.student(tenant.tenant(), event.studentId());
    tenant.scrub(
        TimelineWriter.ENTRIES,
        and(
            gt("_id", owner.lowest()),
            lt("_id", owner.highest()),
            eq(TimelineWriter.OWNER, owner.key()),
            eq("type", "CoachNoteAdded")),
        List.of("details.text"));
    record(message, event.studentId(), null, null, Map.of());
  }

  @EventHandler
  void on(RelationshipStartedEvent event, EventMessage<?> message) {
    record(message, event.studentId(), event.relationshipId(), null, Map.of());
  }

  @EventHandler
  void on(ChatScheduledEvent event, EventMessage<?> message) {
    record(
        message,
        event.studentId(),
        event.relationshipId(),
        event.chatId(),
        Map.of(
            "kind", event.kind().name(),
            "startsAt", event.startsAt().toString(),
            "durationMinutes", event.durationMinutes(),
            "setting", event.setting().name()));
  }

  @EventHandler
  void on(ChatRescheduledEvent event, EventMessage<?> message) {
    record(
        message,
        event.studentId(),
        event.relationshipId(),
        event.chatId(),
        Map.of(
            "previousStartsAt", event.previousStartsAt().toString(),
            "startsAt", event.startsAt().toString(),
            "durationMinutes", event.durationMinutes()));
  }

  @EventHandler
  void on(ChatCancelledEvent event, EventMessage<?> message) {
    record(message, event.studentId(), event.relationshipId(), event.chatId(), Map.of());
  }

  @EventHandler
  void on(ChatMarkedNoShowEvent event, EventMessage<?> message) {
    record(message, event.studentId(), event.relationshipId(), event.chatId(), Map.of());
  }

  @EventHandler
  void on(ResearchNoteAddedEvent event, EventMessage<?> message) {
    record(
        message,
        event.studentId(),
        event.relationshipId(),
        event.chatId(),
        Map.of("noteId", event.noteId(), "topic", event.topic().name()));
  }

  @EventHandler
  void on(QuestionPreparedEvent event, EventMessage<?> message) {
    record(
        message,
        event.studentId(),
        event.relationshipId(),
        event.chatId(),
        Map.of(
            "questionId",
            event.questionId(),
            "flags",
            event.flags().stream().map(Enum::name).sorted().toList()));
  }

  @EventHandler
  void on(MeetingLoggedEvent event, EventMessage<?> message) {
    record(
        message,
        event.studentId(),
        event.relationshipId(),
        event.chatId(),
        Map.of(
            "heldAt", event.heldAt().toString(),
            "durationMinutes", event.durationMinutes(),
            "agreedMinutes", event.agreedMinutes(),
            "points", event.points().size(),
            "leads", event.leads() == null ? 0 : event.leads().size(),
            "goalsSharedWhenPrompted", event.goalsSharedWhenPrompted(),
            "flags", event.flags().stream().map(Enum::name).sorted().toList()));
  }

  @EventHandler
  void on(ThankYouSentEvent event, EventMessage<?> message) {
    record(
        message,
        event.studentId(),
        event.relationshipId(),
        event.chatId(),
        Map.of(
            "sentAt", event.sentAt().toString(),
            "channel", event.channel().name(),
            "points", event.referencedPointIds().size(),
            "minutesAfterMeeting", event.minutesAfterMeeting(),
            "onTime", event.onTime()));
  }

  @EventHandler
  void on(ConnectionRequestedEvent event, EventMessage<?> message) {
    record(
        message,
        event.studentId(),
        event.relationshipId(),
        null,
        Map.of("platform", event.platform().name()));
  }

  @EventHandler
  void on(ConnectionAcceptedEvent event, EventMessage<?> message) {
    record(
        message,
        event.studentId(),
        event.relationshipId(),
        null,
        Map.of("acceptedAt", event.acceptedAt().toString()));
  }

  @EventHandler
  void on(ReciprocityOfferedEvent event, EventMessage<?> message) {
    record(message, event.studentId(), event.relationshipId(), null, Map.of());
  }

  @EventHandler
  void on(TouchpointLoggedEvent event, EventMessage<?> message) {
    record(
        message,
        event.studentId(),
        event.relationshipId(),
        null,
        Map.of("kind", event.kind().name(), "at", event.at().toString()));
  }

  @EventHandler
  void on(CadenceSetEvent event, EventMessage<?> message) {
    record(
        message,
        event.studentId(),
        event.relationshipId(),
        null,
        Map.of("everyDays", event.everyDays()));
  }

  @EventHandler
  void on(OutcomeRecordedEvent event, EventMessage<?> message) {
    record(
        message,
        event.studentId(),
        event.relationshipId(),
        null,
        Map.of("kind", event.kind().name(), "at", event.at().toString()));
  }

  @EventHandler
  void on(CoachNoteAddedEvent event, EventMessage<?> message) {
    record(
        message,
        event.studentId(),
        null,
        null,
        Map.of("noteId", event.noteId(), "text", event.text()));
  }

  /** A student invited, or brought in by a roster, starts their timeline with it. */
  @EventHandler
  void on(MemberInvitedEvent event, EventMessage<?> message) {
    if (event.role() == MemberRole.STUDENT) {
      record(message, event.userId(), null, null, Map.of("imported", event.importId() != null));
    }
  }

  /** A nudge about a student, to them or their coach, is on the student's timeline. */
  @EventHandler
  void on(NudgeSentEvent event, EventMessage<?> message) {
    if (event.studentId() != null) {
      String chatId = event.subjectId().equals(event.relationshipId()) ? null : event.subjectId();
      record(
          message,
          event.studentId(),
          event.relationshipId(),
          chatId,
          Map.of(
              "rule",
              event.rule().name(),
              "to",
              event.recipientId().equals(event.studentId()) ? "student" : "coach"));
    }
  }

  @EventHandler
  void on(MemberDeactivatedEvent event, EventMessage<?> message) {
    record(message, event.userId(), null, null, Map.of());
  }

  @EventHandler
  void on(MemberReactivatedEvent event, EventMessage<?> message) {
    record(message, event.userId(), null, null, Map.of());
  }

  /** A read by someone else goes on the student's disclosure log, not on the timeline. */
  @EventHandler
  void on(RecordsDisclosedEvent event, EventMessage<?> message) {
    TenantId tenant = TenantId.of(message);
    timelines.add(
        TimelineOwner.disclosures(tenant, event.studentId()),
        entryOf(message, null, null, Map.of("record", event.record())));
  }

  private void record(
      EventMessage<?> message,
      String studentId,
      String relationshipId,
      String chatId,
      Map<String, Object> details) {
    TenantId tenant = TenantId.of(message);
    TimelineEntry entry = entryOf(message, relationshipId, chatId, details);
    timelines.add(TimelineOwner.student(tenant, studentId), entry);
    if (relationshipId != null) {
      timelines.add(TimelineOwner.relationship(tenant, relationshipId), entry);
    }
    if (!ReplayToken.isReplay(message) && !Generations.inRebuild()) {
      tellFollowers(tenant, studentId, entry.position());
    }
  }

  /**
   * Tells those following the student's timeline that an entry can be read. Called while the batch
   * is handled, the emitter sends the update in the batch's after-commit phase, which comes after
   * the prepare-commit phase in which the batch's writes are flushed and its token stored: a
   * follower who reads on hearing of the entry finds it. A batch that fails sends nothing.
   */
  private void tellFollowers(TenantId tenant, String studentId, long position) {
    followers.emit(
        (SubscriptionQueryMessage<?, ?, TimelineEntryRecorded> follower) ->
            follower.getPayload() instanceof FetchStudentTimelineAfterQuery query
                && studentId.equals(query.studentId())
                && tenant.value().equals(follower.getMetaData().get(TenantId.KEY)),
        new TimelineEntryRecorded(studentId, position));
  }

  private static TimelineEntry entryOf(
      EventMessage<?> message, String relationshipId, String chatId, Map<String, Object> details) {
    return new TimelineEntry(
        message.getIdentifier(),
        message.getTimestamp(),
        EventPositions.of(message),
        typeOf(message),
        (String) message.getMetaData().get("userId"),
        relationshipId,
        chatId,
        details);
  }

  private static String typeOf(EventMessage<?> message) {
    String name = message.getPayloadType().getSimpleName();
    return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
  }
}
