package io.rapport.command.api.privacy;

/**
 * Why personal data in an event could not be read although it was never erased, carried as the
 * details of the reader's exception so that the read side and the edge can tell it from any other
 * failure: the subject's key is gone without a tombstone (lost, not erased), or the value fails its
 * authentication tag (corrupt, or sealed under another key).
 *
 * @param reason what went wrong
 * @param subjectId the data subject whose field could not be read (an id, never personal data)
 */
public record PersonalDataUnreadable(Reason reason, String subjectId) {

  /** What went wrong; the tag of the metric {@code rapport.privacy.decryption.failures}. */
  public enum Reason {
    /** Neither the key nor a tombstone of it exists. */
    MISSING_KEY("missing-key"),
    /** The key exists and the value does not pass its tag check. */
    CORRUPT("corrupt");

    private final String tag;

    Reason(String tag) {
      this.tag = tag;
    }

    /** The reason as metrics and logs name it. */
    public String tag() {
      return tag;
    }
  }
}
