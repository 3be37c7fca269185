package io.rapport.query.api.nudge;

import java.time.Instant;
import java.util.List;

/**
 * What a nudge says, told from its facts (those of the event that recorded it) for a message to its
 * recipient: the answer is a {@link NotificationView} without id, time or read mark.
 */
public record DescribeNudgeQuery(
    String rule,
    String recipientId,
    String studentId,
    String relationshipId,
    String subjectId,
    Instant dueAt,
    String timeZone,
    List<String> details) {}
