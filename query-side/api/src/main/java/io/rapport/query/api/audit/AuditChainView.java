package io.rapport.query.api.audit;

/**
 * The result of recomputing a tenant's audit chain.
 *
 * @param valid whether every entry is in place, in order and unchanged
 * @param entries how many entries were read
 * @param firstBrokenAt the first sequence number at which the stored chain differs from a valid one
 *     (an entry changed, missing or out of place); null when valid
 */
public record AuditChainView(boolean valid, long entries, Long firstBrokenAt) {}
