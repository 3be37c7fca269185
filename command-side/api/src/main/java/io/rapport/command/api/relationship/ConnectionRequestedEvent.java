package io.rapport.command.api.relationship;

import org.axonframework.serialization.Revision;

/** A connection request was sent. */
@Revision("1")
public record ConnectionRequestedEvent(
    String relationshipId, String studentId, ConnectionPlatform platform, String message) {}
