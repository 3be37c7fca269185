package io.rapport.command.api.nudge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A person changes their own notification settings; {@code inboxId} is {@link InboxId#value()}. */
public record ChangeNotificationSettingsCommand(
    @TargetAggregateIdentifier String inboxId, NotificationSettings settings) {}
