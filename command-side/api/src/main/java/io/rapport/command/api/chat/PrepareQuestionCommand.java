package io.rapport.command.api.chat;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A question prepared for the chat; the domain flags questions to reconsider. */
public record PrepareQuestionCommand(
    @TargetAggregateIdentifier String chatId, String questionId, String text) {}
