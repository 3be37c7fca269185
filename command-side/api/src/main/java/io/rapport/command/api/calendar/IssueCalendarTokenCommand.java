package io.rapport.command.api.calendar;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The student issues (or rotates) the token of their calendar feed; only its SHA-256 hash, hex
 * encoded, is kept in the event.
 *
 * @param token the token itself, which the handler answers, so that a repeat of the request with
 *     the same {@code Idempotency-Key} answers the token whose hash was stored
 */
public record IssueCalendarTokenCommand(
    @TargetAggregateIdentifier String recordId, String studentId, String tokenHash, String token) {}
