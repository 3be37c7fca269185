package io.rapport.command.api.chat;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A chat was scheduled; {@code notes} say where it departs from the usual (e.g. its length). */
@Revision("1")
public record ChatScheduledEvent(
    String chatId,
    String relationshipId,
    String studentId,
    ChatKind kind,
    Instant startsAt,
    int durationMinutes,
    Setting setting,
    String location,
    String purpose,
    List<String> notes) {}
