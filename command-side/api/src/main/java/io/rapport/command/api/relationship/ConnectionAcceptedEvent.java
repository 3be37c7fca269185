package io.rapport.command.api.relationship;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The connection request was accepted. */
@Revision("1")
public record ConnectionAcceptedEvent(
    String relationshipId, String studentId, Instant acceptedAt) {}
