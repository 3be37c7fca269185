package io.rapport.query.app.store;

import io.rapport.command.api.Stamp;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

/** An event's own place in the event stream. */
public final class EventPositions {

  private EventPositions() {}

  /**
   * The position the event store stamped on the event when it read it; failing that (an event not
   * read from the store), its tracking token's position, or 0 when it has none.
   */
  public static long of(EventMessage<?> message) {
    if (message.getMetaData().get(Stamp.POSITION.key()) instanceof Number position) {
      return position.longValue();
    }
    return message instanceof TrackedEventMessage<?> tracked
        ? tracked.trackingToken().position().orElse(0L)
        : 0L;
  }
}
