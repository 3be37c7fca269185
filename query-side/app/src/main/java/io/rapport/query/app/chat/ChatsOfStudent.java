package io.rapport.query.app.chat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The ids of a student's chats (all of them, and the open ones: scheduled, or held without a
 * thank-you yet), the date of each chat not cancelled, and when the student last did something with
 * one.
 */
public record ChatsOfStudent(
    String studentId,
    List<String> chatIds,
    List<String> openChatIds,
    Map<String, Instant> chatDates,
    Instant lastActivityAt) {}
