package io.rapport.query.api.timeline;

import java.time.Instant;
import java.util.Set;

/**
 * A page of a student's timeline, newest first. Null filters do not filter.
 *
 * @param types event types to keep, e.g. {@code ThankYouSent}; empty keeps all
 * @param asOf shows the timeline as it stood at this instant: only entries recorded by then
 */
public record FetchStudentTimelineQuery(
    String studentId,
    Instant from,
    Instant to,
    Set<String> types,
    String relationshipId,
    String cursor,
    int limit,
    Instant asOf) {}
