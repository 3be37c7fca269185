package io.rapport.command.app.nudge;

import io.rapport.command.api.nudge.NotificationSettings;
import io.rapport.command.api.nudge.NudgeRule;
import io.rapport.command.api.nudge.QuietHours;
import io.rapport.command.app.shared.Inputs;
import io.rapport.command.app.shared.Refusals;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/** What a person's notification settings may be. */
final class NotificationSettingsRules {

  private NotificationSettingsRules() {}

  /** The settings as given, checked: a known time zone, quiet hours with both ends. */
  static NotificationSettings checked(NotificationSettings settings) {
    Inputs.required("settings", settings);
    String zone = Inputs.text("timeZone", settings.timeZone());
    try {
      zone = ZoneId.of(zone).getId();
    } catch (DateTimeException e) {
      throw Refusals.invalid("timeZone", "timeZone must be a time zone such as Europe/Paris.");
    }
    QuietHours quiet = Inputs.required("quietHours", settings.quietHours());
    Inputs.required("quietHours.from", quiet.from());
    Inputs.required("quietHours.to", quiet.to());
    Map<NudgeRule, Boolean> rules = new EnumMap<>(NudgeRule.class);
    if (settings.rules() != null) {
      settings.rules().forEach((rule, on) -> rules.put(rule, !Boolean.FALSE.equals(on)));
    }
    return new NotificationSettings(settings.email(), settings.inApp(), rules, zone, quiet);
  }
}
