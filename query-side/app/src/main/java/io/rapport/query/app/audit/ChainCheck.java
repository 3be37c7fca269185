package io.rapport.query.app.audit;

import io.rapport.query.api.audit.AuditChainView;

/**
 * Walks a chain entry by entry, in stored order, and finds the first sequence number at which it
 * differs from a valid chain: an entry edited (its hash no longer matches), missing or out of place
 * (the sequence jumps, and the next link breaks), entries missing at the end (the head names a
 * later entry than the last one found, or there is no head at all), or an entry or head rewritten
 * with hashes recomputed (its MAC no longer matches, or was removed).
 *
 * <p>Entries written before entries were signed carry no MAC. They may only open the chain: the
 * first signed entry after them covers their hashes through its own, so none of them can change
 * unnoticed. A chain with no signed entry at all has nothing outside MongoDB to vouch for it, and
 * is broken at its first entry until the next event of its tenant, or a rebuild, signs it.
 */
final class ChainCheck {

  private final String tenantId;
  private final AuditHead head;
  private final AuditKey key;
  private final long last;
  private long expected = 1;
  private String previous = AuditChain.GENESIS;
  private long read;
  private long unsigned;
  private boolean signed;
  private Long brokenAt;

  /**
   * Checks the chain up to the given head (null when there is none); entries appended after the
   * head was read are left out.
   */
  ChainCheck(String tenantId, AuditHead head, AuditKey key) {
    this.tenantId = tenantId;
    this.head = head;
    this.key = key;
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
        || !entry.hash().equals(AuditChain.hash(tenantId, entry, previous))
        || !signedAsItMustBe(entry)) {
      brokenAt = expected;
      return;
    }
    previous = entry.hash();
    expected++;
  }

  /** An entry without a MAC only before the first signed one; any MAC the one of its hash. */
  private boolean signedAsItMustBe(AuditEntry entry) {
    if (entry.mac() == null) {
      if (signed) {
        return false;
      }
      unsigned++;
      return true;
    }
    signed = true;
    return AuditKey.matches(key.ofEntry(entry.hash()), entry.mac());
  }

  AuditChainView result() {
    Long broken = brokenAt;
    if (broken == null && read > 0 && !signed) {
      // nothing outside MongoDB vouches for any of it
      broken = 1L;
    } else if (broken == null && head == null && read > 0) {
      // entries without a head: the head was deleted
      broken = expected;
    } else if (broken == null && head != null && expected <= last) {
      broken = expected;
    } else if (broken == null && head != null && last > 0 && !headMatches()) {
      // the head was rewritten (say, to cut entries off the end): only its MAC still knows
      broken = last;
    }
    return new AuditChainView(broken == null, read, broken, unsigned);
  }

  /**
   * The head names the last entry read, and is signed: a last entry rewritten with a matching hash
   * differs from the head, and a head rewritten to match has no valid MAC.
   */
  private boolean headMatches() {
    return previous.equals(head.lastHash())
        && AuditKey.matches(key.ofHead(tenantId, last, head.lastHash()), head.mac());
  }
}
