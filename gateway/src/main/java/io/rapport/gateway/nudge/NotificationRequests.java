package io.rapport.gateway.nudge;

import io.rapport.command.api.nudge.NudgeRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The bodies of the notification calls. */
final class NotificationRequests {

  static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

  private NotificationRequests() {}

  /** A person's notification settings, as the API shows them. */
  record Settings(
      @NotNull Boolean email,
      @NotNull Boolean inApp,
      Map<NudgeRule, Boolean> rules,
      @NotBlank @Size(max = 64) String timeZone,
      @NotNull @Valid QuietHours quietHours) {}

  /** From and to, {@code HH:mm}. */
  record QuietHours(
      @NotNull @Pattern(regexp = TIME, message = "must be a time of day such as 21:00") String from,
      @NotNull @Pattern(regexp = TIME, message = "must be a time of day such as 08:00")
          String to) {}
}
