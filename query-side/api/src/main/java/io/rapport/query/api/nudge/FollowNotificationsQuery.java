package io.rapport.query.api.nudge;

/** Subscribes to the caller's new notifications: each update is a {@link NotificationRecorded}. */
public record FollowNotificationsQuery(String recipientId) {}
