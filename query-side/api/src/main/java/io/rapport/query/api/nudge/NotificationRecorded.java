package io.rapport.query.api.nudge;

/** A notification of {@code recipientId} can be read. */
public record NotificationRecorded(String recipientId, String id) {}
