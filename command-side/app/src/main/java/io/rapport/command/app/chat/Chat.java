package io.rapport.command.app.chat;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.rapport.command.api.chat.AddResearchNoteCommand;
import io.rapport.command.api.chat.CancelChatCommand;
import io.rapport.command.api.chat.ChatCancelledEvent;
import io.rapport.command.api.chat.ChatMarkedNoShowEvent;
import io.rapport.command.api.chat.ChatRescheduledEvent;
import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.chat.ChatStatus;
import io.rapport.command.api.chat.LogMeetingCommand;
import io.rapport.command.api.chat.MarkNoShowCommand;
import io.rapport.command.api.chat.MeetingFlag;
import io.rapport.command.api.chat.MeetingLoggedEvent;
import io.rapport.command.api.chat.Point;
import io.rapport.command.api.chat.PrepareQuestionCommand;
import io.rapport.command.api.chat.QuestionFlag;
import io.rapport.command.api.chat.QuestionPreparedEvent;
import io.rapport.command.api.chat.RescheduleChatCommand;
import io.rapport.command.api.chat.ResearchNoteAddedEvent;
import io.rapport.command.api.chat.ScheduleChatCommand;
import io.rapport.command.api.chat.SendThankYouCommand;
import io.rapport.command.api.chat.ThankYouReceipt;
import io.rapport.command.api.chat.ThankYouSentEvent;
import io.rapport.command.app.shared.Inputs;
import io.rapport.command.app.shared.Now;
import io.rapport.command.app.shared.Owner;
import io.rapport.command.app.shared.Refusals;
import io.rapport.command.app.store.AggregateCacheConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/** An informal interview, from scheduling to the thank-you. */
@Aggregate(cache = AggregateCacheConfiguration.CHAT_CACHE)
public class Chat {

  @AggregateIdentifier private String chatId;
  private String relationshipId;
  private String studentId;
  private Owner owner;
  private ChatStatus status;
  private Instant startsAt;
  private int agreedMinutes;
  private List<String> notes;
  private Instant heldAt;
  private Set<String> pointIds;
  private boolean thankYouSent;

  Chat() {
    // for Axon
  }

  /** Schedules a chat; the caller has checked that the relationship is the student's own. */
  Chat(ScheduleChatCommand command) {
    AgreedLength length = new AgreedLength(command.durationMinutes());
    Inputs.inFuture("startsAt", command.startsAt());
    apply(
        new ChatScheduledEvent(
            command.chatId(),
            command.relationshipId(),
            command.studentId(),
            command.kind(),
            command.startsAt(),
            length.minutes(),
            command.setting(),
            command.location(),
            command.purpose(),
            length.notes()));
  }

  @CommandHandlerInterceptor
  Object onlyItsStudent(CommandMessage<?> command, InterceptorChain chain) throws Exception {
    if (!owner.isActingStudent(command.getMetaData())) {
      throw Refusals.notVisible("chat");
    }
    return chain.proceed();
  }

  /** Returns the notes of the new schedule (e.g. an unusual length). */
  @CommandHandler
  List<String> handle(RescheduleChatCommand command) {
    ensureScheduled();
    Inputs.inFuture("startsAt", command.startsAt());
    AgreedLength length =
        new AgreedLength(
            command.durationMinutes() == null ? agreedMinutes : command.durationMinutes());
    apply(
        new ChatRescheduledEvent(
            chatId,
            relationshipId,
            studentId,
            startsAt,
            command.startsAt(),
            length.minutes(),
            length.notes()));
    return length.notes();
  }

  @CommandHandler
  void handle(CancelChatCommand command) {
    ensureScheduled();
    String reason = Inputs.text("reason", command.reason());
    apply(new ChatCancelledEvent(chatId, relationshipId, studentId, reason));
  }

  @CommandHandler
  void handle(MarkNoShowCommand command) {
    ensureScheduled();
    if (Now.instant().isBefore(startsAt)) {
      throw Refusals.conflict("chat-not-started", "A chat is a no-show only once it has started.");
    }
    apply(new ChatMarkedNoShowEvent(chatId, relationshipId, studentId));
  }

  @CommandHandler
  void handle(AddResearchNoteCommand command) {
    ensureScheduled();
    apply(
        new ResearchNoteAddedEvent(
            chatId,
            relationshipId,
            studentId,
            command.noteId(),
            Inputs.required("topic", command.topic()),
            Inputs.text("text", command.text()),
            command.sourceUrl()));
  }

  /** Returns the flags the question got; flags never refuse it. */
  @CommandHandler
  Set<QuestionFlag> handle(PrepareQuestionCommand command) {
    ensureScheduled();
    String text = Inputs.text("text", command.text());
    Set<QuestionFlag> flags = QuestionClassifier.classify(text);
    apply(
        new QuestionPreparedEvent(
            chatId, relationshipId, studentId, command.questionId(), text, flags));
    return flags;
  }

  /** Returns what stands out in the meeting (e.g. an overrun). */
  @CommandHandler
  Set<MeetingFlag> handle(LogMeetingCommand command) {
    ensureScheduled("meeting-already-logged");
    Instant held = Inputs.notInFuture("heldAt", command.heldAt());
    MeetingLength length = new MeetingLength(command.durationMinutes());
    MeetingPoints points = new MeetingPoints(command.points());
    Set<MeetingFlag> flags = length.flagsAgainst(agreedMinutes);
    apply(
        new MeetingLoggedEvent(
            chatId,
            relationshipId,
            studentId,
            held,
            length.minutes(),
            agreedMinutes,
            points.points(),
            command.insights(),
            Objects.requireNonNullElse(command.leads(), List.of()),
            command.goalsSharedWhenPrompted(),
            flags));
    return flags;
  }

  /** Returns whether the thank-you was on time, and how long after the meeting it was sent. */
  @CommandHandler
  ThankYouReceipt handle(SendThankYouCommand command, ThankYouWindow window) {
    if (status != ChatStatus.HELD) {
      throw Refusals.conflict("meeting-not-logged", "A thank-you follows a logged meeting.");
    }
    if (thankYouSent) {
      throw Refusals.conflict("thank-you-already-sent", "This chat's thank-you was sent.");
    }
    PointReferences references = new PointReferences(command.referencedPointIds());
    Instant sentAt = Inputs.notInFuture("sentAt", command.sentAt());
    String message = Inputs.text("message", command.message());
    Inputs.required("channel", command.channel());
    Punctuality punctuality = Punctuality.of(heldAt, sentAt, window.hoursFor(owner.tenantId()));
    references.ensureAmong(pointIds);
    ThankYouSentEvent event =
        new ThankYouSentEvent(
            chatId,
            relationshipId,
            studentId,
            sentAt,
            command.channel(),
            message,
            references.pointIds(),
            heldAt,
            punctuality.minutesAfterMeeting(),
            punctuality.windowHours(),
            punctuality.onTime());
    apply(event);
    return new ThankYouReceipt(event.onTime(), event.minutesAfterMeeting(), event.windowHours());
  }

  @EventSourcingHandler
  void on(ChatScheduledEvent event, MetaData metaData) {
    chatId = event.chatId();
    relationshipId = event.relationshipId();
    studentId = event.studentId();
    owner = Owner.of(metaData, event.studentId());
    status = ChatStatus.SCHEDULED;
    startsAt = event.startsAt();
    agreedMinutes = event.durationMinutes();
    notes = event.notes();
  }

  @EventSourcingHandler
  void on(ChatRescheduledEvent event) {
    startsAt = event.startsAt();
    agreedMinutes = event.durationMinutes();
    notes = event.notes();
  }

  @EventSourcingHandler
  void on(ChatCancelledEvent event) {
    status = ChatStatus.CANCELLED;
  }

  @EventSourcingHandler
  void on(ChatMarkedNoShowEvent event) {
    status = ChatStatus.NO_SHOW;
  }

  @EventSourcingHandler
  void on(MeetingLoggedEvent event) {
    status = ChatStatus.HELD;
    heldAt = event.heldAt();
    pointIds = event.points().stream().map(Point::pointId).collect(Collectors.toSet());
  }

  @EventSourcingHandler
  void on(ThankYouSentEvent event) {
    thankYouSent = true;
  }

  List<String> notes() {
    return notes;
  }

  private void ensureScheduled() {
    ensureScheduled("chat-already-held");
  }

  /** Refuses unless the chat is still scheduled, naming the rule by the state it is in instead. */
  private void ensureScheduled(String typeWhenHeld) {
    switch (status) {
      case SCHEDULED -> {
        // the chat is still ahead: go on
      }
      case HELD -> throw Refusals.conflict(typeWhenHeld, "The chat was held.");
      case CANCELLED -> throw Refusals.conflict("chat-cancelled", "The chat was cancelled.");
      case NO_SHOW -> throw Refusals.conflict("chat-no-show", "The contact did not come.");
    }
  }
}
