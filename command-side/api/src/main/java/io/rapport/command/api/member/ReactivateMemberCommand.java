package io.rapport.command.api.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A tenant-admin lets a deactivated member sign in again. */
public record ReactivateMemberCommand(@TargetAggregateIdentifier String userId) {}
