package io.rapport.command.api.relationship;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The contact accepted the connection request. */
public record AcceptConnectionCommand(
    @TargetAggregateIdentifier String relationshipId, Instant acceptedAt) {}
