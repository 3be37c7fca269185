package io.rapport.query.api.chat;

import java.time.Instant;
import java.util.List;

/** A chat with everything around it. */
public record ChatView(
    String chatId,
    String relationshipId,
    String studentId,
    String kind,
    String status,
    Instant startsAt,
    int durationMinutes,
    String setting,
    String location,
    String purpose,
    List<String> notes,
    Instant scheduledAt) {}
