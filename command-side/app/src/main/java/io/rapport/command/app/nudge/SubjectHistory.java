package io.rapport.command.app.nudge;

import io.rapport.command.api.chat.ChatCancelledEvent;
import io.rapport.command.api.chat.ChatMarkedNoShowEvent;
import io.rapport.command.api.chat.ChatRescheduledEvent;
import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.chat.MeetingLoggedEvent;
import io.rapport.command.api.chat.QuestionPreparedEvent;
import io.rapport.command.api.chat.ResearchNoteAddedEvent;
import io.rapport.command.api.chat.ThankYouSentEvent;
import io.rapport.command.api.nudge.NudgeRule;
import io.rapport.command.api.relationship.ConnectionAcceptedEvent;
import io.rapport.command.api.relationship.ConnectionRequestedEvent;
import io.rapport.command.api.relationship.TouchpointLoggedEvent;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether a planned nudge's reason still holds, told by its subject's own stream in the event store
 * as it is now (the chat's or the relationship's events: a handful), not by the plan, which may lag
 * behind an event committed a moment ago.
 */
@Component
class SubjectHistory {

  /** What the subject's stream says about the planned nudge. */
  sealed interface Verdict {}

  /** The reason holds. */
  record Holds() implements Verdict {}

  /** The reason is gone (prepared, thanked, cancelled, accepted, in touch since). */
  record Gone() implements Verdict {}

  /** The reason holds, but counts from another anchor (e.g. the chat was moved). */
  record Moved(Instant anchor) implements Verdict {}

  private final ObjectProvider<EventStore> events;

  SubjectHistory(ObjectProvider<EventStore> events) {
    this.events = events;
  }

  Verdict of(PlannedNudge planned) {
    if (planned.rule() == NudgeRule.COACH_WEEKLY_DIGEST) {
      return new Holds();
    }
    ChatState chat = new ChatState();
    RelationshipState relationship = new RelationshipState();
    DomainEventStream stream = events.getObject().readEvents(planned.subjectId(), 0);
    while (stream.hasNext()) {
      DomainEventMessage<?> event = stream.next();
      chat.apply(event.getPayload());
      relationship.apply(event.getPayload(), event.getSequenceNumber());
    }
    return switch (planned.rule()) {
      case PREPARE_FOR_CHAT ->
          chat.prepared || chat.ended || chat.startsAt == null
              ? new Gone()
              : sameInstant(chat.startsAt, planned.anchorAt())
                  ? new Holds()
                  : new Moved(chat.startsAt);
      case THANK_YOU_DUE, THANK_YOU_OVERDUE ->
          chat.thanked || chat.heldAt == null ? new Gone() : new Holds();
      case TOUCHPOINT_DUE ->
          relationship.lastTouchpoint != null
                  && relationship.lastTouchpoint.isAfter(planned.anchorAt())
                  && !sameInstant(relationship.lastTouchpoint, planned.anchorAt())
              ? new Gone()
              : new Holds();
      case CONNECTION_FOLLOW_UP ->
          relationship.accepted
                  || planned.requestNo() == null
                  || relationship.lastRequest != planned.requestNo()
              ? new Gone()
              : new Holds();
      case COACH_WEEKLY_DIGEST -> new Holds();
    };
  }

  /**
   * Whether the chat's start is the plan's anchor: the plan keeps what PostgreSQL keeps, the
   * instant rounded to a microsecond.
   */
  static boolean sameInstant(Instant event, Instant planned) {
    return Duration.between(event, planned).abs().compareTo(Duration.ofMillis(1)) < 0;
  }

  private static final class ChatState {
    Instant startsAt;
    Instant heldAt;
    boolean prepared;
    boolean ended;
    boolean thanked;

    void apply(Object event) {
      if (event instanceof ChatScheduledEvent scheduled) {
        startsAt = scheduled.startsAt();
      } else if (event instanceof ChatRescheduledEvent rescheduled) {
        startsAt = rescheduled.startsAt();
      } else if (event instanceof QuestionPreparedEvent
          || event instanceof ResearchNoteAddedEvent) {
        prepared = true;
      } else if (event instanceof ChatCancelledEvent || event instanceof ChatMarkedNoShowEvent) {
        ended = true;
      } else if (event instanceof MeetingLoggedEvent meeting) {
        ended = true;
        heldAt = meeting.heldAt();
      } else if (event instanceof ThankYouSentEvent) {
        thanked = true;
      }
    }
  }

  private static final class RelationshipState {
    Instant lastTouchpoint;
    long lastRequest = -1;
    boolean accepted;

    void apply(Object event, long sequence) {
      if (event instanceof TouchpointLoggedEvent touchpoint
          && (lastTouchpoint == null || touchpoint.at().isAfter(lastTouchpoint))) {
        lastTouchpoint = touchpoint.at();
      } else if (event instanceof ConnectionRequestedEvent) {
        lastRequest = sequence;
      } else if (event instanceof ConnectionAcceptedEvent) {
        accepted = true;
      }
    }
  }
}
