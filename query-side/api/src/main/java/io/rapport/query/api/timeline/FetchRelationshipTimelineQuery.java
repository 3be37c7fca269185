package io.rapport.query.api.timeline;

import java.time.Instant;

/**
 * A page of a relationship's timeline, oldest first.
 *
 * @param asOf shows the timeline as it stood at this instant: only entries recorded by then; null
 *     shows it as it stands now
 */
public record FetchRelationshipTimelineQuery(
    String relationshipId, String cursor, int limit, Instant asOf) {}
