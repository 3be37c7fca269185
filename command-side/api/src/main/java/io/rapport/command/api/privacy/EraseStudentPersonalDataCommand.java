package io.rapport.command.api.privacy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A tenant-admin erases a student's personal data, with that of all the student's contacts. */
public record EraseStudentPersonalDataCommand(
    @TargetAggregateIdentifier String recordId, String studentId) {}
