package io.rapport.query.api.projection;

import java.time.Instant;

/**
 * A parked event: where, what and why, without its payload (which may hold a tenant's personal
 * data).
 *
 * @param eventId the parked event's id, which names it for a retry
 * @param processingGroup the projection that failed on it
 * @param sequenceId what its events are ordered by (an aggregate id); later events of the same
 *     sequence wait behind it
 * @param eventType the event's type, e.g. {@code RelationshipStartedEvent}
 * @param cause the failure's exception type and a fixed description of that type, never the
 *     exception's own message (which may quote a tenant's data); null for an event parked only
 *     because an earlier event of its sequence is parked
 * @param enqueuedAt when it was parked
 * @param lastTouchedAt when it was last tried
 */
public record DeadLetterView(
    String eventId,
    String processingGroup,
    String sequenceId,
    String eventType,
    String cause,
    Instant enqueuedAt,
    Instant lastTouchedAt) {}
