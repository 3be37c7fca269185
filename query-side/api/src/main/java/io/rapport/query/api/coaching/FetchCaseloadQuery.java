package io.rapport.query.api.coaching;

/** The calling coach's students, who needs help first. */
public record FetchCaseloadQuery() {}
