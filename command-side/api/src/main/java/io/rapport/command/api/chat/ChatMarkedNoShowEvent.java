package io.rapport.command.api.chat;

import org.axonframework.serialization.Revision;

/** The contact did not come. */
@Revision("1")
public record ChatMarkedNoShowEvent(String chatId, String relationshipId, String studentId) {}
