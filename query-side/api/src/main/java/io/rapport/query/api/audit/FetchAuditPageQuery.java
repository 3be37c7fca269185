package io.rapport.query.api.audit;

import java.time.Instant;

/**
 * A page of the tenant's audit history, newest first. Null filters do not filter.
 *
 * @param type an event type (e.g. {@code ChatScheduled}) or a category ({@code SECURITY})
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
public record FetchAuditPageQuery(
    String actorId,
    String studentId,
    String type,
    Instant from,
    Instant to,
    String cursor,
    int limit) {}
