package io.rapport.command.api.tenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A tenant-admin unlinks the institution's identity provider: everyone signs in with Rapport. */
public record UnlinkIdentityProviderCommand(@TargetAggregateIdentifier String tenantId) {}
