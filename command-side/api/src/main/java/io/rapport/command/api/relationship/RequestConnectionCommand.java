package io.rapport.command.api.relationship;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A connection request was sent, e.g. on LinkedIn, briefly restating appreciation. */
public record RequestConnectionCommand(
    @TargetAggregateIdentifier String relationshipId,
    ConnectionPlatform platform,
    String message) {}
