package io.rapport.query.api.relationship;

/** A student's relationships, as the caller may see them. */
public record FetchRelationshipsQuery(String studentId) {}
