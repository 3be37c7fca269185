package io.rapport.command.api.member;

/** The rows of an import handled so far, by what became of them. */
public record ImportCounts(int created, int updated, int unchanged, int failed) {

  public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);

  /** Rows handled so far. */
  public int done() {
    return created + updated + unchanged + failed;
  }

  /** These counts with one more row of the given outcome. */
  public ImportCounts plus(ImportOutcome outcome) {
    // if, not switch: a switch on an enum compiles to a helper class, and this module holds records
    if (outcome == ImportOutcome.CREATED) {
      return new ImportCounts(created + 1, updated, unchanged, failed);
    }
    if (outcome == ImportOutcome.UPDATED) {
      return new ImportCounts(created, updated + 1, unchanged, failed);
    }
    return new ImportCounts(created, updated, unchanged + 1, failed);
  }

  /** These counts with one more failed row. */
  public ImportCounts plusFailed() {
    return new ImportCounts(created, updated, unchanged, failed + 1);
  }
}
