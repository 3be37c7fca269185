package io.rapport.query.api.projection;

/**
 * A page of the events that projections parked because handling them failed, oldest first.
 *
 * @param cursor the {@code nextCursor} of the page before; null for the first page
 * @param limit how many at most
 */
public record FetchDeadLettersQuery(String cursor, int limit) {}
