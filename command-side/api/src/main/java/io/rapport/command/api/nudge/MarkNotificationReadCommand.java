package io.rapport.command.api.nudge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The recipient read a nudge in the app. */
public record MarkNotificationReadCommand(
    @TargetAggregateIdentifier String inboxId, String nudgeId) {}
