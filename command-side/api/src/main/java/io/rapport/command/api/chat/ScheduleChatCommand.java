package io.rapport.command.api.chat;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A student schedules an informal chat within one of their relationships. */
public record ScheduleChatCommand(
    @TargetAggregateIdentifier String chatId,
    String relationshipId,
    String studentId,
    ChatKind kind,
    Instant startsAt,
    int durationMinutes,
    Setting setting,
    String location,
    String purpose) {}
