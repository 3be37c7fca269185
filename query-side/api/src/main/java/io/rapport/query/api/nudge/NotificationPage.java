package io.rapport.query.api.nudge;

import java.util.List;

/**
 * A page of notifications, newest first, the next page's cursor (null at the end), and how many are
 * unread.
 */
public record NotificationPage(List<NotificationView> items, String nextCursor, int unreadCount) {}
