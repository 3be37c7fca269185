package io.rapport.query.app.audit;

/**
 * Keys that every node must agree on for signatures other than the audit's (e.g. the unsubscribe
 * links of nudge e-mails), derived from the platform's audit signing key: one secret to keep, and a
 * derived key reveals nothing of the audit key.
 */
public final class DerivedKeys {

  private final AuditKey auditKey;

  DerivedKeys(AuditKey auditKey) {
    this.auditKey = auditKey;
  }

  /** The key for the purpose, 32 bytes, the same on every node and across restarts. */
  public byte[] forPurpose(String purpose) {
    return auditKey.derived(purpose);
  }
}
