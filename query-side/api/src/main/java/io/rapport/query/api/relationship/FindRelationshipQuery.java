package io.rapport.query.api.relationship;

/** One relationship's summary, as the caller may see it. */
public record FindRelationshipQuery(String relationshipId) {}
