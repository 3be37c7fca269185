package io.rapport.command.api.nudge;

/** What a nudge reminds of; each rule fires at most once per subject (and due date or week). */
public enum NudgeRule {
  /** A chat starts soon and the student has neither a question nor a research note for it. */
  PREPARE_FOR_CHAT,
  /** The thank-you window of a logged meeting closes soon and no thank-you was sent. */
  THANK_YOU_DUE,
  /** The thank-you window closed without a thank-you: to the student and their coach. */
  THANK_YOU_OVERDUE,
  /** A relationship's cadence has passed since the last contact. */
  TOUCHPOINT_DUE,
  /** A connection request has not been accepted for a while. */
  CONNECTION_FOLLOW_UP,
  /** Monday morning: the coach's students who need help. */
  COACH_WEEKLY_DIGEST
}
