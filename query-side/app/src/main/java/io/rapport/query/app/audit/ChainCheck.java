package io.rapport.query.app.audit;

import io.rapport.query.api.audit.AuditChainView;

/**
 * Walks a tenant's chain entry by entry, in stored order, and finds the first sequence number at
 * which it differs from a valid chain: an entry edited (its hash no longer matches), missing or out
 * of place (the sequence jumps, and the next link breaks), or entries missing at the end (the head
 * names a later entry than the last one found, or there is no head at all).
 */
final class ChainCheck {

  private final String tenantId;
  private final AuditHead head;
  private final long last;
  private long expected = 1;
  private String previous = AuditChain.GENESIS;
  private long read;
  private Long brokenAt;

  /**
   * Checks the chain up to the given head (null when there is none); entries appended after the
   * head was read are left out.
   */
  ChainCheck(String tenantId, AuditHead head) {
    this.tenantId = tenantId;
    this.head = head;
    this.last = head == null ? Long.MAX_VALUE : head.lastSequence();
  }

  void accept(AuditEntry entry) {
    if (brokenAt == null && expected > last) {
      return;
    }
    read++;
    if (brokenAt != null) {
      return;
    }
    if (entry.sequence() != expected
        || entry.hash() == null
        || !entry.hash().equals(AuditChain.hash(tenantId, entry, previous))) {
      brokenAt = expected;
      return;
    }
    previous = entry.hash();
    expected++;
  }

  AuditChainView result() {
    Long broken = brokenAt;
    if (broken == null && head == null && read > 0) {
      // entries without a head: the head was deleted
      broken = expected;
    } else if (broken == null && head != null && expected <= last) {
      broken = expected;
    } else if (broken == null && head != null && last > 0 && !previous.equals(head.lastHash())) {
      // the last entry was rewritten with a matching hash: only the head still knows
      broken = last;
    }
    return new AuditChainView(broken == null, read, broken);
  }
}
