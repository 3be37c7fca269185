package io.rapport.gateway.messaging;

import io.rapport.command.api.Consistency;
import io.rapport.command.api.Stamp;
import io.rapport.gateway.security.Caller;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Sends commands and queries into the sides, stamped once, here, with the caller's tenant, user and
 * roles and the request's correlation id. Nothing else in the edge builds metadata.
 */
@Component
public class Dispatch {

  private static final Logger log = LoggerFactory.getLogger(Dispatch.class);

  /** Attempts after the first when another writer appended to the same aggregate first. */
  private static final Retry CONFLICTS =
      Retry.backoff(3, Duration.ofMillis(20))
          .filter(Dispatch::isConflict)
          .onRetryExhaustedThrow((spec, signal) -> signal.failure());

  private final CommandGateway commands;
  private final QueryGateway queries;
  private final Scheduler commandHandling;

  Dispatch(CommandGateway commands, QueryGateway queries, Scheduler commandHandling) {
    this.commands = commands;
    this.queries = queries;
    this.commandHandling = commandHandling;
  }

  /**
   * Sends a command as the caller; the result is what its handler returned. The command is handled
   * on a bounded pool of its own (its JDBC work blocks), never on an event-loop thread. The
   * request's idempotency key goes with its first command; the position of the command's last event
   * is noted for the response's {@code Rapport-Position}. A concurrent append to the same aggregate
   * (another node wrote it first) is tried again a few times, then answered as the conflict it is.
   */
  public <R> Mono<R> command(Caller caller, Object command) {
    return Mono.deferContextual(
        context -> {
          CommandMessage<?> message =
              GenericCommandMessage.asCommandMessage(command)
                  .andMetaData(
                      stamp(caller, CorrelationIds.of(context))
                          .mergedWith(CommandContext.idempotency(context)));
          return this.<R>send(message)
              .retryWhen(CONFLICTS)
              .onErrorMap(Dispatch::isConflict, Dispatch::conflict)
              .doOnNext(handled -> CommandContext.reached(context, handled.position()))
              .mapNotNull(Handled::result);
        });
  }

  /** What a command's handler returned, and the position of the command's last event. */
  private record Handled<R>(R result, long position) {}

  private <R> Mono<Handled<R>> send(CommandMessage<?> message) {
    return Mono.<Handled<R>>create(
            sink ->
                commands.send(
                    message,
                    (CommandCallback<Object, R>)
                        (sent, result) -> {
                          if (result.isExceptional()) {
                            sink.error(result.exceptionResult());
                          } else {
                            sink.success(
                                new Handled<>(result.getPayload(), position(result.getMetaData())));
                          }
                        }))
        .subscribeOn(commandHandling);
  }

  private static long position(MetaData metaData) {
    return metaData.get(Consistency.POSITION.key()) instanceof Number position
        ? position.longValue()
        : 0;
  }

  static boolean isConflict(Throwable failure) {
    return conflict(failure) instanceof ConcurrencyException;
  }

  private static Throwable conflict(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConcurrencyException) {
        return cause;
      }
    }
    return failure;
  }

  /** Asks a query as the caller; empty when the answer is nothing (missing or not visible). */
  public <R> Mono<R> query(Caller caller, Object query, Class<R> viewType) {
    return CorrelationIds.current()
        .flatMap(
            correlationId ->
                Mono.fromFuture(
                    () ->
                        queries.query(
                            new GenericQueryMessage<>(
                                    query, ResponseTypes.optionalInstanceOf(viewType))
                                .andMetaData(stamp(caller, correlationId)),
                            ResponseTypes.optionalInstanceOf(viewType))))
        .flatMap(Mono::justOrEmpty);
  }

  /**
   * Asks a streaming query as the caller; the answer arrives item by item, as the subscriber asks
   * for more.
   */
  public <R> Flux<R> stream(Caller caller, Object query, Class<R> itemType) {
    return CorrelationIds.current()
        .flatMapMany(
            correlationId ->
                queries.streamingQuery(
                    new GenericMessage<>(query, stamp(caller, correlationId)), itemType));
  }

  /**
   * Subscribes to the updates of a query as the caller, before anything is read: updates that come
   * while the caller reads what is already there are kept until asked for. The initial answer of
   * the subscription is not used; cancel the result when done.
   */
  public <U> Mono<SubscriptionQueryResult<Object, U>> subscribe(
      Caller caller, Object query, Class<U> updateType) {
    return CorrelationIds.current()
        .map(
            correlationId ->
                queries.subscriptionQuery(
                    new GenericMessage<>(query, stamp(caller, correlationId)),
                    ResponseTypes.instanceOf(Object.class),
                    ResponseTypes.instanceOf(updateType)));
  }

  /**
   * Sends a command whose outcome the response does not depend on (e.g. recording a denied
   * attempt): it completes once the command is handled, and a failure is only logged. Waiting keeps
   * the events of one request in the order of its calls.
   *
   * @param tenantWhenNone the tenant to stamp when the caller has none (or is unknown)
   */
  public Mono<Void> sendQuietly(Caller caller, String tenantWhenNone, Object command) {
    return CorrelationIds.current()
        .flatMap(
            correlationId ->
                Mono.fromFuture(
                        () ->
                            commands.send(
                                GenericCommandMessage.asCommandMessage(command)
                                    .andMetaData(stamp(caller, tenantWhenNone, correlationId))))
                    .subscribeOn(Schedulers.boundedElastic()))
        .onErrorResume(
            failure -> {
              log.warn(
                  "Could not send {}: {}", command.getClass().getSimpleName(), failure.toString());
              return Mono.empty();
            })
        .then();
  }

  private static MetaData stamp(Caller caller, String tenantWhenNone, String correlationId) {
    if (caller != null && caller.tenantId() != null) {
      return stamp(caller, correlationId);
    }
    Map<String, Object> stamp = new HashMap<>();
    stamp.put(Stamp.TENANT_ID.key(), tenantWhenNone);
    if (caller != null) {
      stamp.put(Stamp.USER_ID.key(), caller.userId());
      stamp.put(Stamp.ROLES.key(), List.copyOf(caller.roles()));
    } else {
      stamp.put(Stamp.ROLES.key(), List.of());
    }
    stamp.put(Stamp.CORRELATION_ID.key(), correlationId);
    return MetaData.from(stamp);
  }

  private static MetaData stamp(Caller caller, String correlationId) {
    Map<String, Object> stamp = new HashMap<>();
    if (caller.tenantId() != null) {
      stamp.put(Stamp.TENANT_ID.key(), caller.tenantId());
    }
    stamp.put(Stamp.USER_ID.key(), caller.userId());
    stamp.put(Stamp.ROLES.key(), List.copyOf(caller.roles()));
    stamp.put(Stamp.CORRELATION_ID.key(), correlationId);
    return MetaData.from(stamp);
  }
}
