package io.rapport.command.api.chat;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The contact did not come to a chat that has started. */
public record MarkNoShowCommand(@TargetAggregateIdentifier String chatId) {}
