package io.rapport.command.app.nudge;

import io.rapport.command.api.nudge.NudgePolicy;
import io.rapport.command.api.nudge.NudgeRule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * When each rule's nudge is due and until when it is worth sending, counted from its anchor (the
 * chat's start, the meeting, the last contact, the request, the digest's Monday morning) with the
 * tenant's policy and thank-you window.
 */
final class NudgeTiming {

  /** A thank-you that is overdue, a touchpoint that is due: reminded of for a week at most. */
  static final Duration OVERDUE_FOR = Duration.ofDays(7);

  /** When a coach's digest goes out, in the coach's time zone. */
  static final LocalTime DIGEST_TIME = LocalTime.of(8, 0);

  private final NudgePolicy policy;
  private final int windowHours;

  NudgeTiming(NudgePolicy policy, int windowHours) {
    this.policy = policy;
    this.windowHours = windowHours;
  }

  /** When the nudge is due. */
  Instant due(NudgeRule rule, Instant anchor, Integer cadenceDays) {
    return switch (rule) {
      case PREPARE_FOR_CHAT -> anchor.minus(Duration.ofHours(policy.prepareHoursBefore()));
      case THANK_YOU_DUE ->
          anchor.plus(Duration.ofHours(windowHours - policy.thankYouDueHoursBefore()));
      case THANK_YOU_OVERDUE -> anchor.plus(Duration.ofHours(windowHours));
      case TOUCHPOINT_DUE -> anchor.plus(Duration.ofDays(cadenceDays == null ? 90 : cadenceDays));
      case CONNECTION_FOLLOW_UP -> anchor.plus(Duration.ofDays(policy.connectionFollowUpDays()));
      case COACH_WEEKLY_DIGEST -> anchor;
    };
  }

  /** The deadline the nudge reminds of: after it, a nudge of that rule makes no sense. */
  Instant deadline(NudgeRule rule, Instant anchor, Integer cadenceDays) {
    return switch (rule) {
      case PREPARE_FOR_CHAT -> anchor;
      case THANK_YOU_DUE, THANK_YOU_OVERDUE -> anchor.plus(Duration.ofHours(windowHours));
      default -> due(rule, anchor, cadenceDays);
    };
  }

  /** Until when the nudge is still sent; later (the system was away, quiet hours) it is dropped. */
  Instant sendUntil(NudgeRule rule, Instant anchor, Integer cadenceDays) {
    return switch (rule) {
      case PREPARE_FOR_CHAT, THANK_YOU_DUE -> deadline(rule, anchor, cadenceDays);
      case THANK_YOU_OVERDUE, TOUCHPOINT_DUE, CONNECTION_FOLLOW_UP ->
          due(rule, anchor, cadenceDays).plus(OVERDUE_FOR);
      case COACH_WEEKLY_DIGEST -> anchor.plus(Duration.ofDays(1));
    };
  }

  /** The first Monday 08:00 in the zone at or after the instant. */
  static Instant nextDigest(Instant after, ZoneId zone) {
    ZonedDateTime local = after.atZone(zone);
    ZonedDateTime monday =
        local.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).with(DIGEST_TIME);
    if (monday.toInstant().isBefore(after)) {
      monday = monday.plusWeeks(1);
    }
    return monday.toInstant();
  }

  /** The digest's week as ISO names it, e.g. {@code 2026-W49}. */
  static String weekOf(Instant anchor, ZoneId zone) {
    ZonedDateTime local = anchor.atZone(zone);
    return String.format(
        "%d-W%02d",
        local.get(IsoFields.WEEK_BASED_YEAR), local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
