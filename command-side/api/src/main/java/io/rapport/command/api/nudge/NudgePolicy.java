package io.rapport.command.api.nudge;

import java.util.Map;

/**
 * A tenant's nudges: which rules are on (a rule not named is on) and when they fire: hours before a
 * chat ({@code prepareHoursBefore}), hours before the thank-you window closes ({@code
 * thankYouDueHoursBefore}), days after an unanswered connection request ({@code
 * connectionFollowUpDays}).
 */
public record NudgePolicy(
    Map<NudgeRule, Boolean> rules,
    int prepareHoursBefore,
    int thankYouDueHoursBefore,
    int connectionFollowUpDays) {

  /** Every rule on; 24 hours, 6 hours, 14 days. */
  public static final NudgePolicy DEFAULT = new NudgePolicy(Map.of(), 24, 6, 14);

  /** Whether the tenant has this rule on. */
  public boolean isOn(NudgeRule rule) {
    return rules == null || rules.getOrDefault(rule, true);
  }
}
