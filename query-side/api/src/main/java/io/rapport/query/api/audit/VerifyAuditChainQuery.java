package io.rapport.query.api.audit;

/**
 * Recomputes the tenant's audit hash chain from the stored entries; answered by {@link
 * AuditChainView}.
 */
public record VerifyAuditChainQuery() {}
