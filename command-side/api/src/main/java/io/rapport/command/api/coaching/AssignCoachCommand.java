package io.rapport.command.api.coaching;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A tenant-admin assigns a coach to a student, or reassigns them. */
public record AssignCoachCommand(
    @TargetAggregateIdentifier String recordId, String studentId, String coachId) {}
