package io.rapport.query.api.coaching;

/** The tenant's known students and coaches; {@code role} null for both. */
public record FetchPeopleQuery(String role) {}
