package io.rapport.command.api.relationship;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A periodic contact with the contact. */
public record LogTouchpointCommand(
    @TargetAggregateIdentifier String relationshipId,
    String touchpointId,
    TouchpointKind kind,
    String note,
    Instant at) {}
