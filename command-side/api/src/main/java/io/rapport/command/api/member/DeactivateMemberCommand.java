package io.rapport.command.api.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A tenant-admin deactivates a member: they can no longer sign in; their history stays. */
public record DeactivateMemberCommand(@TargetAggregateIdentifier String userId) {}
