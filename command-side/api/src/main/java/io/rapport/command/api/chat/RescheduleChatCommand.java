package io.rapport.command.api.chat;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a scheduled chat; a null duration keeps the agreed one. */
public record RescheduleChatCommand(
    @TargetAggregateIdentifier String chatId, Instant startsAt, Integer durationMinutes) {}
