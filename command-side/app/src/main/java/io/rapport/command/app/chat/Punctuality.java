package io.rapport.command.app.chat;

import io.rapport.command.app.shared.Refusals;
import java.time.Duration;
import java.time.Instant;

/**
 * How soon after the meeting a thank-you was sent. It is on time within the tenant's window; a late
 * one is accepted all the same, and says by how much.
 */
record Punctuality(long minutesAfterMeeting, int windowHours, boolean onTime) {

  /** The punctuality of a thank-you, which cannot precede the meeting it thanks for. */
  static Punctuality of(Instant heldAt, Instant sentAt, int windowHours) {
    if (sentAt.isBefore(heldAt)) {
      throw Refusals.invalid("sentAt", "A thank-you is sent after the meeting.");
    }
    long minutes = Duration.between(heldAt, sentAt).toMinutes();
    return new Punctuality(minutes, windowHours, minutes <= windowHours * 60L);
  }
}
