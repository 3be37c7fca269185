package io.rapport.command.api.chat;

import org.axonframework.serialization.Revision;

/** A scheduled chat was cancelled. */
@Revision("1")
public record ChatCancelledEvent(
    String chatId, String relationshipId, String studentId, String reason) {}
