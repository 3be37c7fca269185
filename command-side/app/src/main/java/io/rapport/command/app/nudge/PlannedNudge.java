package io.rapport.command.app.nudge;

import io.rapport.command.api.nudge.NudgeRule;
import java.time.Instant;

/**
 * A row of the nudge plan: a nudge of {@code rule} about {@code subjectId} for the student or their
 * coach ({@code recipient}), counted from {@code anchorAt}.
 */
record PlannedNudge(
    String planKey,
    String tenantId,
    NudgeRule rule,
    Recipient recipient,
    String studentId,
    String coachId,
    String subjectId,
    String relationshipId,
    Instant anchorAt,
    Integer cadenceDays,
    Long requestNo,
    Instant dueAt) {

  /** Who a planned nudge goes to. */
  enum Recipient {
    STUDENT,
    COACH
  }
}
