package io.rapport.query.api.nudge;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether nudges work, per rule, over the cases whose deadline fell between {@code from} and {@code
 * to} (of one cohort when {@code cohort} is set): the cases with a nudge, and comparable cases
 * without one (the student acted before it was due, the rule or the person's setting was off, or it
 * happened before nudges existed), each with how many were acted upon in time.
 */
public record NudgeReport(LocalDate from, LocalDate to, String cohort, List<RuleOutcome> rules) {

  /** One rule's cases. */
  public record RuleOutcome(String rule, Group nudged, Group notNudged) {}

  /** A group of cases: how many, how many acted upon in time, and the rate (null without cases). */
  public record Group(int cases, int actedInTime, Double rate) {}
}
