package io.rapport.command.api.chat;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a scheduled chat. */
public record CancelChatCommand(@TargetAggregateIdentifier String chatId, String reason) {}
