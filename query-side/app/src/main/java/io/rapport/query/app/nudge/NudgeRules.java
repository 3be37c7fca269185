package io.rapport.query.app.nudge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which nudge rules reach whom: students get their own, coaches theirs. */
final class NudgeRules {

  static final List<String> STUDENT =
      List.of(
          "PREPARE_FOR_CHAT",
          "THANK_YOU_DUE",
          "THANK_YOU_OVERDUE",
          "TOUCHPOINT_DUE",
          "CONNECTION_FOLLOW_UP");

  static final List<String> COACH = List.of("THANK_YOU_OVERDUE", "COACH_WEEKLY_DIGEST");

  private NudgeRules() {}

  /** The rules that may reach someone with these roles, in the order of the product's rules. */
  static List<String> forRoles(Set<String> roles) {
    List<String> rules = new ArrayList<>();
    if (roles.contains("student")) {
      rules.addAll(STUDENT);
    }
    if (roles.contains("coach")) {
      COACH.stream().filter(rule -> !rules.contains(rule)).forEach(rules::add);
    }
    return rules;
  }
}
