package io.rapport.command.api.coaching;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A tenant-admin enrols a student in a cohort (or moves them to another). */
public record EnrolStudentCommand(
    @TargetAggregateIdentifier String recordId, String studentId, String cohort) {}
