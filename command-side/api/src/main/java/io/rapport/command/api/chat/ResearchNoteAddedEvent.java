package io.rapport.command.api.chat;

import org.axonframework.serialization.Revision;

/** A research note was added to a chat's preparation. */
@Revision("1")
public record ResearchNoteAddedEvent(
    String chatId,
    String relationshipId,
    String studentId,
    String noteId,
    ResearchTopic topic,
    String text,
    String sourceUrl) {}
