package io.rapport.query.api.nudge;

import java.time.Instant;

/**
 * A nudge as its recipient sees it in the app: what it says, the app page it is about ({@code
 * link}), and when they read it (null: unread).
 */
public record NotificationView(
    String id, String rule, Instant at, String title, String text, String link, Instant readAt) {}
