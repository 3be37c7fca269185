package io.rapport.command.api.chat;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** A question was prepared, with the flags the domain found. */
@Revision("1")
public record QuestionPreparedEvent(
    String chatId,
    String relationshipId,
    String studentId,
    String questionId,
    String text,
    Set<QuestionFlag> flags) {}
