package io.rapport.command.api.nudge;

import java.time.LocalTime;

/**
 * The hours in which a person gets no nudge, in their own time zone, from {@code from} until {@code
 * to} (across midnight when {@code to} is earlier); a nudge due in them waits until they end.
 */
public record QuietHours(LocalTime from, LocalTime to) {

  /** 21:00 to 08:00. */
  public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
}
