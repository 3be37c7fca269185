package io.rapport.command.api.relationship;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A student starts a relationship with a contact. */
public record StartRelationshipCommand(
    @TargetAggregateIdentifier String relationshipId,
    String studentId,
    Contact contact,
    String howWeMet) {}
