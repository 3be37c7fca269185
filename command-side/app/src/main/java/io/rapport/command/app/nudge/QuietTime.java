package io.rapport.command.app.nudge;

import io.rapport.command.api.nudge.QuietHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Whether an instant falls in a person's quiet hours, and when they end. */
final class QuietTime {

  private QuietTime() {}

  /**
   * The end of the quiet hours that {@code at} falls in, in the zone; empty when {@code at} is
   * outside them (or they are empty: from equals to).
   */
  static Optional<Instant> endOf(QuietHours quiet, ZoneId zone, Instant at) {
    LocalTime from = quiet.from();
    LocalTime to = quiet.to();
    if (from.equals(to)) {
      return Optional.empty();
    }
    ZonedDateTime local = at.atZone(zone);
    LocalTime time = local.toLocalTime();
    LocalDate day = local.toLocalDate();
    boolean acrossMidnight = to.isBefore(from);
    if (acrossMidnight) {
      if (!time.isBefore(from)) {
        return Optional.of(day.plusDays(1).atTime(to).atZone(zone).toInstant());
      }
      if (time.isBefore(to)) {
        return Optional.of(day.atTime(to).atZone(zone).toInstant());
      }
      return Optional.empty();
    }
    if (!time.isBefore(from) && time.isBefore(to)) {
      return Optional.of(day.atTime(to).atZone(zone).toInstant());
    }
    return Optional.empty();
  }
}
