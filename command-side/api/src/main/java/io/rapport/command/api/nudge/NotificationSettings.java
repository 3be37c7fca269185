package io.rapport.command.api.nudge;

import java.util.EnumMap;
import java.util.Map;

/**
 * How a person wants to be nudged: by e-mail, in the app, which rules (a rule not named is on), in
 * which time zone, and when not at all.
 */
public record NotificationSettings(
    boolean email,
    boolean inApp,
    Map<NudgeRule, Boolean> rules,
    String timeZone,
    QuietHours quietHours) {

  /** Everything on, UTC, quiet from 21:00 to 08:00. */
  public static final NotificationSettings DEFAULT =
      new NotificationSettings(true, true, Map.of(), "UTC", QuietHours.DEFAULT);

  /** Whether the person wants nudges of this rule. */
  public boolean wants(NudgeRule rule) {
    return rules == null || rules.getOrDefault(rule, true);
  }

  /** These settings with one rule switched off. */
  public NotificationSettings without(NudgeRule rule) {
    Map<NudgeRule, Boolean> changed = new EnumMap<>(NudgeRule.class);
    if (rules != null) {
      changed.putAll(rules);
    }
    changed.put(rule, false);
    return new NotificationSettings(email, inApp, changed, timeZone, quietHours);
  }
}
