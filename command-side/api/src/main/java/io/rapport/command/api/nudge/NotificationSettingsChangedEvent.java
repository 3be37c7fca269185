package io.rapport.command.api.nudge;

import org.axonframework.serialization.Revision;

/**
 * A person's notification settings changed, to {@code settings}; {@code byUnsubscribeLink} when
 * through the link in a nudge's e-mail, without signing in.
 */
@Revision("1")
public record NotificationSettingsChangedEvent(
    String userId, NotificationSettings settings, boolean byUnsubscribeLink) {}
