package io.rapport.command.api.nudge;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * A nudge reached {@code recipientId} through {@code channels}; the fields are those of {@link
 * SendNudgeCommand}, and {@code timeZone} is the recipient's, in which its times are told. No
 * personal data: what it says is told when read.
 */
@Revision("1")
public record NudgeSentEvent(
    String nudgeId,
    NudgeRule rule,
    String recipientId,
    String studentId,
    String relationshipId,
    String subjectId,
    Instant anchorAt,
    Instant dueAt,
    Set<NudgeChannel> channels,
    String timeZone,
    List<String> details) {}
