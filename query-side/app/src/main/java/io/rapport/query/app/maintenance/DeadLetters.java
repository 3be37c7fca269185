package io.rapport.query.app.maintenance;

import io.rapport.query.api.projection.DeadLetterList;
import io.rapport.query.api.projection.DeadLetterView;
import io.rapport.query.api.projection.FetchDeadLettersQuery;
import io.rapport.query.api.projection.RetryDeadLetterCommand;
import io.rapport.query.api.projection.RetryOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lists the events that projections parked, and hands a parked sequence back to its processor's
 * dead-letter processor, which handles it from its first parked event on and removes what succeeds.
 * A list shows where and why, never the payload, and of the failure only its type ({@link
 * DeadLetterCause}); it comes in pages ({@link DeadLetterPaging}).
 */
@Component
class DeadLetters {

  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

  private final EventProcessingConfiguration processing;

  DeadLetters(EventProcessingConfiguration processing) {
    this.processing = processing;
  }

  @QueryHandler
  DeadLetterList handle(FetchDeadLettersQuery query, MetaData metaData) {
    if (!Staff.isPlatformStaff(metaData)) {
      return new DeadLetterList(List.of(), null);
    }
    // a cursor this API never gave out is refused before the queues are read
    DeadLetterPaging.decode(query.cursor());
    List<DeadLetterView> letters = new ArrayList<>();
    for (String group : processing.eventProcessors().keySet()) {
      queue(group)
          .ifPresent(
              queue ->
                  queue
                      .deadLetters()
                      .forEach(sequence -> sequence.forEach(l -> letters.add(view(group, l)))));
    }
    return DeadLetterPaging.page(letters, query.cursor(), query.limit());
  }

  @CommandHandler
  RetryOutcome handle(RetryDeadLetterCommand command, MetaData metaData) {
    if (Staff.isPlatformStaff(metaData) && command.id() != null) {
      for (String group : processing.eventProcessors().keySet()) {
        Optional<String> first =
            queue(group).flatMap(queue -> firstOfSequence(queue, command.id()));
        if (first.isPresent()) {
          boolean handled =
              processing
                  .sequencedDeadLetterProcessor(group)
                  .orElseThrow()
                  .process(letter -> letter.message().getIdentifier().equals(first.get()));
          long remaining = remaining();
          log.info(
              "Retried the parked sequence of event {} in {}: {}",
              command.id(),
              group,
              handled ? "handled" : "still failing");
          return new RetryOutcome(handled && !stillParked(group, first.get()), remaining);
        }
      }
    }
    throw Staff.notFound("There is no parked event " + command.id() + ".");
  }

  private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
    return processing.deadLetterQueue(group);
  }

  /** The id of the first parked event of the sequence that holds the given event. */
  private static Optional<String> firstOfSequence(
      SequencedDeadLetterQueue<EventMessage<?>> queue, String eventId) {
    for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
      List<DeadLetter<? extends EventMessage<?>>> letters =
          StreamSupport.stream(sequence.spliterator(), false).toList();
      if (letters.stream().anyMatch(l -> l.message().getIdentifier().equals(eventId))) {
        return Optional.of(letters.get(0).message().getIdentifier());
      }
    }
    return Optional.empty();
  }

  private boolean stillParked(String group, String eventId) {
    return queue(group).flatMap(queue -> firstOfSequence(queue, eventId)).isPresent();
  }

  private long remaining() {
    return processing.eventProcessors().keySet().stream()
        .mapToLong(group -> queue(group).map(SequencedDeadLetterQueue::size).orElse(0L))
        .sum();
  }

  private static DeadLetterView view(String group, DeadLetter<? extends EventMessage<?>> letter) {
    EventMessage<?> message = letter.message();
    String sequenceId =
        letter instanceof MongoDeadLetter<?> stored ? stored.sequenceIdentifier() : null;
    String cause = letter.cause().map(DeadLetterCause::shown).orElse(null);
    return new DeadLetterView(
        message.getIdentifier(),
        group,
        sequenceId,
        message.getPayloadType().getSimpleName(),
        cause,
        letter.enqueuedAt(),
        letter.lastTouched());
  }
}
