package io.rapport.command.api.nudge;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The nudge policy sends a nudge to the recipient's inbox. {@code nudgeId} is the nudge's
 * idempotency key (rule, subject and due date or week): an inbox takes each once. {@code subjectId}
 * is the chat, relationship or coach it is about; {@code anchorAt} the instant its rule counts from
 * (the chat's start, the meeting, the last contact, the request, the week); {@code dueAt} the
 * deadline it reminds of; {@code details} what a digest lists ({@code studentId:REASON}).
 */
public record SendNudgeCommand(
    @TargetAggregateIdentifier String inboxId,
    String nudgeId,
    NudgeRule rule,
    String recipientId,
    String studentId,
    String relationshipId,
    String subjectId,
    Instant anchorAt,
    Instant dueAt,
    List<String> details) {}
