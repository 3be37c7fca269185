package io.rapport.query.api.timeline;

/** A page of a relationship's timeline, oldest first. */
public record FetchRelationshipTimelineQuery(String relationshipId, String cursor, int limit) {}
