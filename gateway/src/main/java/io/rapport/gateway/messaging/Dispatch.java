package io.rapport.gateway.messaging;

import io.rapport.command.api.Stamp;
import io.rapport.gateway.security.Caller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends commands and queries into the sides, stamped once, here, with the caller's tenant, user and
 * roles and the request's correlation id. Nothing else in the edge builds metadata.
 */
@Component
public class Dispatch {

  private static final Logger log = LoggerFactory.getLogger(Dispatch.class);

  private final CommandGateway commands;
  private final QueryGateway queries;

  Dispatch(CommandGateway commands, QueryGateway queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /** Sends a command as the caller; the result is what its handler returned. */
  public <R> Mono<R> command(Caller caller, Object command) {
    return CorrelationIds.current()
        .flatMap(
            correlationId ->
                Mono.fromFuture(
                    () ->
                        commands.<R>send(
                            GenericCommandMessage.asCommandMessage(command)
                                .andMetaData(stamp(caller, correlationId)))));
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
