package io.rapport.query.api.privacy;

import java.time.Instant;

/**
 * One event of a student's history, as stored: which aggregate, its place there, when, what, and
 * the payload (personal fields read {@code [erased]} once erased).
 */
public record ExportedEvent(
    String eventId,
    String aggregateId,
    long sequenceNumber,
    Instant at,
    String type,
    String actorId,
    Object payload) {}
