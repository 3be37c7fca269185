package io.rapport.command.api.calendar;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The student issues (or rotates) the token of their calendar feed; only its SHA-256 hash, hex
 * encoded, is kept.
 */
public record IssueCalendarTokenCommand(
    @TargetAggregateIdentifier String recordId, String studentId, String tokenHash) {}
