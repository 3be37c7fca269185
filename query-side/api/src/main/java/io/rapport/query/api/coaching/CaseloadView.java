package io.rapport.query.api.coaching;

import java.time.Instant;
import java.util.List;

/** A coach's students, sorted so that who needs help comes first. */
public record CaseloadView(Instant asOf, List<StudentSummary> students) {

  /** How one student is doing. */
  public record StudentSummary(
      String studentId,
      String name,
      String cohort,
      Instant lastActivityAt,
      int chatsLast30Days,
      int upcomingChats,
      int overdueThankYous,
      int coolingRelationships,
      int flaggedQuestions,
      List<String> badges) {}
}
