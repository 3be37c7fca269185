package io.rapport.query.api.audit;

/**
 * The result of recomputing an audit chain (a tenant's, or the platform's) and checking its MACs.
 *
 * @param valid whether every entry is in place, in order, unchanged and signed with the key (or
 *     written before entries were signed and followed by one that is), and the head names the last
 *     entry and is signed
 * @param entries how many entries were read
 * @param firstBrokenAt the first sequence number at which the stored chain differs from a valid one
 *     (an entry changed, missing or out of place, a MAC that does not match or was removed; the
 *     last sequence when only the head is wrong; 1 when no entry is signed); null when valid
 * @param unsignedEntries how many of the entries read, at the start of the chain, were written
 *     before entries were signed: they are checked by their hashes, which the first signed entry
 *     after them anchors
 */
public record AuditChainView(
    boolean valid, long entries, Long firstBrokenAt, long unsignedEntries) {}
