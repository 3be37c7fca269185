package io.rapport.gateway.messaging;

import io.rapport.command.api.Consistency;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.messaging.MetaData;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * What a request hands to the command it sends, through the Reactor context: its idempotency key
 * (given to the request's first command only), and a place for the position its commands reach.
 */
public final class CommandContext {

  private static final String KEY = CommandContext.class.getName() + ".key";
  private static final String POSITION = CommandContext.class.getName() + ".position";

  private CommandContext() {}

  /** The request's {@code Idempotency-Key} and the hash of its method, path and body. */
  private record Idempotency(String key, String requestHash, AtomicBoolean taken) {}

  /** The context with the request's idempotency key. */
  public static Context withIdempotencyKey(Context context, String key, String requestHash) {
    return context.put(KEY, new Idempotency(key, requestHash, new AtomicBoolean()));
  }

  /** The context with a holder for the highest position the request's commands reach. */
  public static Context withPosition(Context context, AtomicLong position) {
    return context.put(POSITION, position);
  }

  /** The idempotency metadata for a command: the request's key the first time, then none. */
  static MetaData idempotency(ContextView context) {
    return context
        .<Idempotency>getOrEmpty(KEY)
        .filter(given -> given.taken().compareAndSet(false, true))
        .map(
            given ->
                MetaData.with(Consistency.IDEMPOTENCY_KEY.key(), given.key())
                    .and(Consistency.REQUEST_HASH.key(), given.requestHash()))
        .orElse(MetaData.emptyInstance());
  }

  /** Notes a position one of the request's commands reached. */
  static void reached(ContextView context, long position) {
    context
        .<AtomicLong>getOrEmpty(POSITION)
        .ifPresent(holder -> holder.accumulateAndGet(position, Math::max));
  }
}
