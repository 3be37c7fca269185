package io.rapport.command.api.chat;

/**
 * Why a prepared question deserves a second look. Flags inform the student and the coach; they
 * never refuse the question.
 */
public enum QuestionFlag {
  /** Asks about pay. */
  SALARY,
  /** Asks about a specific opening. */
  JOB_OPENING,
  /** Asks for a job or a referral into one. */
  JOB_OFFER,
  /** Can be answered with yes or no, which teaches little. */
  CLOSED_ENDED
}
