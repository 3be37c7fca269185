package io.rapport.query.api.member;

import java.util.List;

/**
 * An import of a roster and how far it got.
 *
 * @param state {@code RUNNING}, {@code DONE} or {@code FAILED} (interrupted, e.g. by a restart:
 *     importing the file again finishes it, as rows already imported stay unchanged)
 */
public record MemberImportView(
    String importId,
    boolean dryRun,
    String state,
    int rows,
    int created,
    int updated,
    int unchanged,
    int failed,
    List<RowError> errors) {

  /** A row that was not imported: its number (1 is the first after the header), field, reason. */
  public record RowError(int row, String field, String message) {}
}
