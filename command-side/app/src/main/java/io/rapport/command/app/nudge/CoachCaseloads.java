package io.rapport.command.app.nudge;

import java.util.List;

/** Who among a coach's students needs help now, for the coach's Monday digest. */
public interface CoachCaseloads {

  /**
   * The coach's students who need help, each as {@code studentId:REASON} (e.g. {@code
   * …:THANK_YOU_OVERDUE}); empty when all is well.
   */
  List<String> needingHelp(String tenantId, String coachId);
}
