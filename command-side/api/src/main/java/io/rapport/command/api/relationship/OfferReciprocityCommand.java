package io.rapport.command.api.relationship;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The student offered to help the contact in return. */
public record OfferReciprocityCommand(
    @TargetAggregateIdentifier String relationshipId, String offer) {}
