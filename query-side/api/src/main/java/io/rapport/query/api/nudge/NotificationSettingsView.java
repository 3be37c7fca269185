package io.rapport.query.api.nudge;

import java.util.Map;

/**
 * How the caller is nudged: by e-mail, in the app, which rules (those that apply to their roles),
 * in which time zone, and their quiet hours ({@code HH:mm}).
 */
public record NotificationSettingsView(
    boolean email, boolean inApp, Map<String, Boolean> rules, String timeZone, Hours quietHours) {

  /** From and to, {@code HH:mm}, in the person's time zone. */
  public record Hours(String from, String to) {}
}
