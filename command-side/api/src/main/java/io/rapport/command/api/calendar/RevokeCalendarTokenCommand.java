package io.rapport.command.api.calendar;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The student revokes the token of their calendar feed. */
public record RevokeCalendarTokenCommand(
    @TargetAggregateIdentifier String recordId, String studentId) {}
