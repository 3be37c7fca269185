package io.rapport.command.app.chat;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.chat.ScheduleChatCommand;
import io.rapport.command.app.shared.Owner;
import io.rapport.command.app.shared.Refusals;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/** An informal interview, from scheduling to the thank-you. */
@Aggregate
public class Chat {

  @AggregateIdentifier private String chatId;
  private Owner owner;
  private List<String> notes;

  Chat() {
    // for Axon
  }

  /** Schedules a chat; the caller has checked that the relationship is the student's own. */
  Chat(ScheduleChatCommand command) {
    AgreedLength length = new AgreedLength(command.durationMinutes());
    if (command.startsAt() == null || !command.startsAt().isAfter(now())) {
      throw Refusals.invalid("startsAt", "A chat is scheduled in the future.");
    }
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
      throw Refusals.notFound("chat");
    }
    return chain.proceed();
  }

  @EventSourcingHandler
  void on(ChatScheduledEvent event, MetaData metaData) {
    chatId = event.chatId();
    owner = Owner.of(metaData, event.studentId());
    notes = event.notes();
  }

  List<String> notes() {
    return notes;
  }

  private static Instant now() {
    return GenericEventMessage.clock.instant();
  }
}
