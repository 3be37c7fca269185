package io.rapport.query.api.calendar;

/**
 * The chats of a student, for whoever holds the student's calendar token; the query carries no
 * tenant (calendar apps send no bearer token), the token's record names it. Nothing answers a wrong
 * or revoked token.
 */
public record FetchCalendarQuery(String studentId, String token) {}
