package io.rapport.query.api.privacy;

/**
 * A page of the reads of a student's records by others, newest first, as a {@code TimelinePage}
 * whose entries name the reader ({@code actorId}) and what was read ({@code details.record}).
 */
public record FetchDisclosuresQuery(String studentId, String cursor, int limit) {}
