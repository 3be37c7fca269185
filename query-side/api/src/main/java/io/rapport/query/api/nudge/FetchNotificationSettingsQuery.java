package io.rapport.query.api.nudge;

/** The caller's notification settings. */
public record FetchNotificationSettingsQuery() {}
