package io.rapport.command.api.tenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A platform-admin sets how many hours after a meeting a tenant's thank-yous are on time. */
public record SetThankYouWindowCommand(@TargetAggregateIdentifier String tenantId, Integer hours) {}
