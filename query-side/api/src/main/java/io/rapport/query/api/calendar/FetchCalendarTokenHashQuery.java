package io.rapport.query.api.calendar;

/**
 * The hash under which a new calendar token is kept (its SHA-256, hex), answered as a {@code
 * String}: the query side, which compares a feed's token with the stored hash, is the one place
 * that knows how a token is hashed.
 */
public record FetchCalendarTokenHashQuery(String token) {}
