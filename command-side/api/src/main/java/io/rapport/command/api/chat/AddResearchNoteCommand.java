package io.rapport.command.api.chat;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A research note on the contact, made while preparing. */
public record AddResearchNoteCommand(
    @TargetAggregateIdentifier String chatId,
    String noteId,
    ResearchTopic topic,
    String text,
    String sourceUrl) {}
