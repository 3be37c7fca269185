package io.rapport.command.api.relationship;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A touchpoint happened; it counts as contact and restarts the cadence. */
@Revision("1")
public record TouchpointLoggedEvent(
    String relationshipId,
    String studentId,
    String touchpointId,
    TouchpointKind kind,
    String note,
    Instant at) {}
