package io.rapport.command.api.chat;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A scheduled chat moved. */
@Revision("1")
public record ChatRescheduledEvent(
    String chatId,
    String relationshipId,
    String studentId,
    Instant previousStartsAt,
    Instant startsAt,
    int durationMinutes,
    List<String> notes) {}
