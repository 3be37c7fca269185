package io.rapport.query.api.projection;

/** The events that projections parked because handling them failed, oldest first. */
public record FetchDeadLettersQuery() {}
