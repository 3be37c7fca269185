package io.rapport.command.api.chat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * The meeting was held and logged. {@code agreedMinutes} is the time limit it was scheduled with;
 * {@code flags} say what stands out (e.g. an overrun).
 */
@Revision("1")
public record MeetingLoggedEvent(
    String chatId,
    String relationshipId,
    String studentId,
    Instant heldAt,
    int durationMinutes,
    int agreedMinutes,
    List<Point> points,
    String insights,
    List<String> leads,
    boolean goalsSharedWhenPrompted,
    Set<MeetingFlag> flags) {}
