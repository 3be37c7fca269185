package io.rapport.command.app.shared;

import java.time.Instant;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * The current instant as the aggregates see it: Axon's event clock, which stamps the events and
 * which a test fixture sets with {@code givenCurrentTime}.
 */
public final class Now {

  private Now() {}

  /** The current instant. */
  public static Instant instant() {
    return GenericEventMessage.clock.instant();
  }
}
