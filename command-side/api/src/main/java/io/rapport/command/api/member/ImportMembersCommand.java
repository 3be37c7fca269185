package io.rapport.command.api.member;

import java.util.List;

/**
 * Some rows of a roster: each member is created, brought up to date or left as they are (keyed by
 * e-mail), and the handler answers, for each row, which (a list of {@link RowOutcome}) or why it
 * failed; a row that fails fails alone. A dry run changes nothing and answers what it would do.
 */
public record ImportMembersCommand(String importId, List<RosterRow> rows, boolean dryRun) {

  /** A roster row: its number (1 is the first after the header) and what it says. */
  public record RosterRow(int row, MemberProfile profile) {}

  /** What became of a row: an outcome, or the failure it ended in. */
  public record RowOutcome(int row, ImportOutcome outcome, RowFailure failure) {}
}
