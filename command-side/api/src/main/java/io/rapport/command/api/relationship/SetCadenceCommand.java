package io.rapport.command.api.relationship;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** How often the student means to be in touch: every 7 to 365 days. */
public record SetCadenceCommand(@TargetAggregateIdentifier String relationshipId, int everyDays) {}
