package io.rapport.command.api.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A tenant-admin sent a roster of {@code rows} rows; a dry run changes nothing. */
public record StartMemberImportCommand(
    @TargetAggregateIdentifier String importId, int rows, boolean dryRun) {}
