package io.rapport.command.api.nudge;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The recipient read the nudge {@code nudgeId}, which was sent at {@code sentAt}. */
@Revision("1")
public record NotificationReadEvent(String recipientId, String nudgeId, Instant sentAt) {}
