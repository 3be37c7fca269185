package io.rapport.command.api.member;

/** What importing one roster row did (or, in a dry run, would do). */
public enum ImportOutcome {
  CREATED,
  UPDATED,
  UNCHANGED
}
