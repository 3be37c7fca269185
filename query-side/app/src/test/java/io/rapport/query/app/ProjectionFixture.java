package io.rapport.query.app;

import static org.awaitility.Awaitility.await;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.audit.AccessDeniedEvent;
import io.rapport.command.api.coaching.StudentRecordId;
import io.rapport.command.api.nudge.NotificationReadEvent;
import io.rapport.command.api.nudge.NudgeSentEvent;
import io.rapport.command.api.privacy.RecordsDisclosedEvent;
import io.rapport.query.api.progress.FetchReadModelProgressQuery;
import io.rapport.query.api.progress.ReadModelProgressView;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Given events, then a query: publishes domain events as the command side stores them (on their
 * aggregate, in sequence, stamped with tenant, user, roles and correlation id), waits until every
 * processor has handled them, and asks queries through the query gateway as the gateway does.
 * Redelivery hands the processors events they have handled already, as after a crash between a
 * batch's writes and its token.
 */
@Component
public class ProjectionFixture {

  /** The moment every test's clock stands at. */
  public static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

  private static final Duration CATCH_UP = Duration.ofSeconds(15);

  private final EventStore events;
  private final QueryGateway queries;
  private final TokenStore tokens;
  private final EventProcessingConfiguration processing;
  private final Map<String, Long> nextSequence = new ConcurrentHashMap<>();

  ProjectionFixture(
      EventStore events,
      QueryGateway queries,
      TokenStore tokens,
      EventProcessingConfiguration processing) {
    this.events = events;
    this.queries = queries;
    this.tokens = tokens;
    this.processing = processing;
  }

  /**
   * Publishes the events as the actor's, recorded at {@link #NOW}, and waits for the processors.
   */
  public long given(Actor actor, Object... payloads) {
    return given(actor, NOW, payloads);
  }

  /** Publishes the events as the actor's, recorded at the instant, and waits for the processors. */
  public long given(Actor actor, Instant at, Object... payloads) {
    MetaData stamp = stamp(actor);
    List<EventMessage<?>> messages = new ArrayList<>();
    for (Object payload : payloads) {
      messages.add(message(actor, payload, stamp, at));
    }
    events.publish(messages);
    long head = head();
    awaitProcessed(head);
    return head;
  }

  /** The position of the last event stored, -1 when there is none. */
  public long head() {
    TrackingToken head = events.createHeadToken();
    return head == null ? -1 : head.position().orElse(-1);
  }

  /** The answer to the query asked as the actor; empty when the answer is nothing. */
  public <R> Optional<R> query(Actor actor, Object query, Class<R> viewType) {
    return queries
        .query(
            new GenericQueryMessage<>(query, ResponseTypes.optionalInstanceOf(viewType))
                .andMetaData(stamp(actor)),
            ResponseTypes.optionalInstanceOf(viewType))
        .join();
  }

  /** The answer, which must be there. */
  public <R> R answer(Actor actor, Object query, Class<R> viewType) {
    return query(actor, query, viewType)
        .orElseThrow(() -> new AssertionError("no answer to " + query));
  }

  /** Every item of a streaming query asked as the actor. */
  public <R> List<R> stream(Actor actor, Object query, Class<R> itemType) {
    return reactor.core.publisher.Flux.from(
            queries.streamingQuery(new GenericMessage<>(query, stamp(actor)), itemType))
        .collectList()
        .block(CATCH_UP);
  }

  /**
   * The details of the failure with which the query was refused (e.g. {@code NotVisible}, which the
   * edge answers as 404); fails when the query was answered.
   */
  public Object refusal(Actor actor, Object query, Class<?> viewType) {
    try {
      Optional<?> answer = query(actor, query, viewType);
      throw new AssertionError("expected " + query + " to be refused, was answered " + answer);
    } catch (CompletionException failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof HandlerExecutionException handling
            && handling.getDetails().isPresent()) {
          return handling.getDetails().get();
        }
      }
      throw failure;
    }
  }

  /**
   * Hands every processor again the events after the position (as {@link #head()} told it before
   * they were published), as if its tokens had not been stored after it handled them, and waits
   * until it has handled them once more. No reset: the read models keep what they hold.
   */
  public void redeliverSince(long position) {
    for (StreamingEventProcessor processor : streamingProcessors()) {
      processor.shutDown();
      // -1 is before the first event, as the JDBC store's tail token
      TrackingToken rewound = GapAwareTrackingToken.newInstance(Math.max(position, -1), List.of());
      try {
        for (int segment : tokens.fetchSegments(processor.getName())) {
          tokens.storeToken(rewound, processor.getName(), segment);
        }
      } finally {
        processor.start();
      }
    }
    awaitProcessed(head());
  }

  private List<StreamingEventProcessor> streamingProcessors() {
    return processing.eventProcessors().values().stream()
        .filter(StreamingEventProcessor.class::isInstance)
        .map(StreamingEventProcessor.class::cast)
        .toList();
  }

  /** Waits until every processor has handled the event at the position (the gateway's wait). */
  private void awaitProcessed(long position) {
    if (position < 0) {
      return;
    }
    await()
        .atMost(CATCH_UP)
        .pollInterval(Duration.ofMillis(10))
        .until(
            () ->
                queries
                    .query(new FetchReadModelProgressQuery(position), ReadModelProgressView.class)
                    .join()
                    .caughtUp());
  }

  private EventMessage<?> message(Actor actor, Object payload, MetaData stamp, Instant at) {
    String id = UUID.randomUUID().toString();
    Optional<String> aggregate = aggregateOf(actor, payload);
    if (aggregate.isEmpty()) {
      return new GenericEventMessage<>(new GenericMessage<>(id, payload, stamp), () -> at);
    }
    String aggregateId = aggregate.get();
    long sequence = nextSequence.merge(aggregateId, 0L, (last, zero) -> last + 1);
    return new GenericDomainEventMessage<>(
        payload.getClass().getSimpleName().replace("Event", ""),
        aggregateId,
        sequence,
        new GenericMessage<>(id, payload, stamp),
        () -> at);
  }

  /**
   * The aggregate that applies the event on the command side: the chat, the relationship, the
   * person, the tenant, the recipient's inbox, or else the student's record ({@code
   * tenant:student}); none for the records of reads and denied attempts.
   */
  private static Optional<String> aggregateOf(Actor actor, Object payload) {
    if (payload instanceof RecordsDisclosedEvent || payload instanceof AccessDeniedEvent) {
      return Optional.empty();
    }
    if (payload instanceof NudgeSentEvent || payload instanceof NotificationReadEvent) {
      // a person's inbox
      return component(payload, "recipientId").map(recipient -> "inbox:" + recipient);
    }
    for (String component : List.of("chatId", "relationshipId", "personId", "tenantId")) {
      Optional<String> id = component(payload, component);
      if (id.isPresent()) {
        return id;
      }
    }
    return component(payload, "studentId")
        .map(student -> new StudentRecordId(actor.tenantId(), student).value());
  }

  private static Optional<String> component(Object payload, String name) {
    for (RecordComponent component : payload.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        try {
          return Optional.ofNullable((String) component.getAccessor().invoke(payload));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Optional.empty();
  }

  private static MetaData stamp(Actor actor) {
    Map<String, Object> stamp = new HashMap<>();
    if (actor.tenantId() != null) {
      stamp.put(Stamp.TENANT_ID.key(), actor.tenantId());
    }
    stamp.put(Stamp.USER_ID.key(), actor.userId());
    stamp.put(Stamp.ROLES.key(), List.copyOf(actor.roles()));
    stamp.put(Stamp.CORRELATION_ID.key(), UUID.randomUUID().toString());
    return MetaData.from(stamp);
  }
}
