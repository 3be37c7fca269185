package io.rapport.command.api.chat;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What happened in the meeting: when it was held, how long it took, the points discussed (each with
 * an id chosen by the caller), insights, leads, and whether the student shared their own goals only
 * when prompted.
 */
public record LogMeetingCommand(
    @TargetAggregateIdentifier String chatId,
    Instant heldAt,
    int durationMinutes,
    List<Point> points,
    String insights,
    List<String> leads,
    boolean goalsSharedWhenPrompted) {}
