package io.rapport.command.api.chat;

/** The three kinds of informal interview. */
public enum ChatKind {
  /** Learn the day-to-day reality of a role, company or sector; no expectation of an offer. */
  INFORMATIONAL_INTERVIEW,
  /** Grow a reciprocal professional relationship. */
  NETWORKING_MEETUP,
  /** A company's non-committal soft vetting of a passive candidate. */
  CASUAL_SCREENING_CHAT
}
