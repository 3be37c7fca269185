package io.rapport.query.api.nudge;

/** The caller's notifications, newest first; only the unread ones when {@code unreadOnly}. */
public record FetchNotificationsQuery(boolean unreadOnly, String cursor, int limit) {}
