package io.rapport.command.api.relationship;

/** What came of a relationship. */
public enum OutcomeKind {
  REFERRAL,
  INTRODUCTION,
  JOB_LEAD,
  INTERVIEW_INVITATION,
  OFFER,
  OTHER
}
