package io.rapport.command.app.nudge;

import io.rapport.command.api.nudge.NudgePolicy;
import io.rapport.command.api.nudge.NudgeRule;
import io.rapport.command.app.shared.Inputs;
import io.rapport.command.app.shared.Refusals;
import java.util.EnumMap;
import java.util.Map;

/** What a tenant's nudge policy may be. */
public final class NudgePolicyRules {

  private NudgePolicyRules() {}

  /**
   * The policy as given, checked: a chat's reminder 1–72 hours before it, the thank-you's 1–12
   * hours before its window closes and within the window, a connection's follow-up after 3–60 days.
   */
  public static NudgePolicy checked(NudgePolicy policy, int windowHours) {
    int prepare = Inputs.between("nudges.prepareHoursBefore", policy.prepareHoursBefore(), 1, 72);
    int thankYou =
        Inputs.between("nudges.thankYouDueHoursBefore", policy.thankYouDueHoursBefore(), 1, 12);
    if (thankYou >= windowHours) {
      throw Refusals.invalid(
          "nudges.thankYouDueHoursBefore", "must be shorter than the thank-you window");
    }
    int connection =
        Inputs.between("nudges.connectionFollowUpDays", policy.connectionFollowUpDays(), 3, 60);
    Map<NudgeRule, Boolean> rules = new EnumMap<>(NudgeRule.class);
    if (policy.rules() != null) {
      policy.rules().forEach((rule, on) -> rules.put(rule, !Boolean.FALSE.equals(on)));
    }
    for (NudgeRule rule : NudgeRule.values()) {
      rules.putIfAbsent(rule, true);
    }
    return new NudgePolicy(rules, prepare, thankYou, connection);
  }
}
