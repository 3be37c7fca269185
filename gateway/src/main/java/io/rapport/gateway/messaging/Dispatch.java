package io.rapport.gateway.messaging;

import io.rapport.command.api.Stamp;
import io.rapport.gateway.security.Caller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Sends commands and queries into the sides, stamped once, here, with the caller's tenant, user and
 * roles and the request's correlation id. Nothing else in the edge builds metadata.
 */
@Component
public class Dispatch {

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
