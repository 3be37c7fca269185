package io.rapport.command.api.privacy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The owning student, or a tenant-admin, erases the personal data of a relationship's contact. */
public record EraseContactPersonalDataCommand(@TargetAggregateIdentifier String relationshipId) {}
