package io.rapport.command.app.consistency;

import io.rapport.command.api.Consistency;
import io.rapport.command.api.Refusal;
import io.rapport.command.api.Stamp;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Runs every command inside the unit of work's transaction (the command bus starts it before any
 * interceptor) so that an idempotency key, the command's events and its result commit together or
 * not at all:
 *
 * <ul>
 *   <li>a command with a key first claims it; a repeat finds the claim and answers with the stored
 *       result and position without being handled (a repeat sent while the first is still running
 *       waits for it on the key's row);
 *   <li>a repeat whose request differs (another hash) is refused as unprocessable;
 *   <li>a command that fails rolls its key back with everything else, so a repeat runs again;
 *   <li>every result carries the global index of the command's last event.
 * </ul>
 */
class IdempotentCommands implements MessageHandlerInterceptor<CommandMessage<?>> {

  /** Commands sent by platform staff, who have no tenant, keep their keys here. */
  static final String NO_TENANT = "_platform";

  private final IdempotencyKeys keys;
  private final HandlerResults results;

  IdempotentCommands(IdempotencyKeys keys, HandlerResults results) {
    this.keys = keys;
    this.results = results;
  }

  @Override
  public Object handle(
      UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
      throws Exception {
    MetaData metaData = unitOfWork.getMessage().getMetaData();
    Optional<Request> request = Request.of(metaData);
    if (request.isPresent()) {
      Optional<IdempotencyKeys.Claimed> earlier =
          keys.claim(request.get().owner(), request.get().key(), request.get().hash());
      if (earlier.isPresent()) {
        return repeat(request.get(), earlier.get());
      }
    }
    Object handled;
    try {
      handled = interceptorChain.proceed();
    } catch (Exception failure) {
      // Rolled back, the claim goes with everything else; kept, it must not outlive the failure.
      request.ifPresent(r -> unitOfWork.onPrepareCommit(u -> keys.release(r.owner(), r.key())));
      throw failure;
    }
    Object payload = handled instanceof Message<?> message ? message.getPayload() : handled;
    PositionedResult<Object> result = new PositionedResult<>(payload, 0);
    // Registered after the handler has published its events, so it runs after the event store
    // appended them in the same prepare-commit phase.
    unitOfWork.onPrepareCommit(
        u -> {
          result.reached(keys.lastPosition(AppendedEvents.identifiers(u)));
          request.ifPresent(
              r -> keys.complete(r.owner(), r.key(), results.store(payload), result.position()));
        });
    return result;
  }

  private Object repeat(Request request, IdempotencyKeys.Claimed earlier) {
    if (!earlier.requestHash().equals(request.hash())) {
      throw new CommandExecutionException(
          "This Idempotency-Key was used for another request.",
          null,
          new Refusal(
              Refusal.Kind.UNPROCESSABLE,
              "idempotency-key-reused",
              "This Idempotency-Key was used for another request.",
              null));
    }
    return new PositionedResult<>(
        results.read(earlier.resultType(), earlier.result()), earlier.position());
  }

  /** A command's key, the hash of the request it came with, and who sent it. */
  private record Request(IdempotencyKeys.Owner owner, String key, String hash) {

    static Optional<Request> of(MetaData metaData) {
      if (!(metaData.get(Consistency.IDEMPOTENCY_KEY.key()) instanceof String key)
          || !(metaData.get(Consistency.REQUEST_HASH.key()) instanceof String hash)
          || !(metaData.get(Stamp.USER_ID.key()) instanceof String userId)) {
        return Optional.empty();
      }
      String tenant =
          metaData.get(Stamp.TENANT_ID.key()) instanceof String t && !t.isBlank() ? t : NO_TENANT;
      return Optional.of(new Request(new IdempotencyKeys.Owner(tenant, userId), key, hash));
    }
  }
}
