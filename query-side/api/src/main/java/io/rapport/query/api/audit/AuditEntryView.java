package io.rapport.query.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the audit history.
 *
 * @param sequence its place in the tenant's chain: 1, 2, 3 …
 * @param eventId the id of the event behind it
 * @param type the event's type, e.g. {@code ChatScheduled} or {@code AccessDenied}
 * @param category {@code SECURITY} for denied attempts, {@code ACTIVITY} for everything else
 * @param at when the event happened
 * @param actorId who acted (null for a request without a valid token)
 * @param roles the actor's roles at the time
 * @param correlationId the request that caused it
 * @param studentId the student it concerns, if any
 * @param summary what happened, in words, without free text or names
 * @param hash SHA-256 (hex) of the entry and the previous entry's hash
 */
public record AuditEntryView(
    long sequence,
    String eventId,
    String type,
    String category,
    Instant at,
    String actorId,
    List<String> roles,
    String correlationId,
    String studentId,
    String summary,
    String hash) {}
