package io.rapport.query.api.audit;

import java.time.Instant;

/**
 * The tenant's whole audit history, oldest first, answered as a stream of {@link AuditEntryView}.
 * Null bounds do not bound.
 *
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
public record FetchAuditHistoryQuery(Instant from, Instant to) {}
