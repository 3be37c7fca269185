package io.rapport.command.api.coaching;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The student's coach, or a tenant-admin, leaves a note on the student's timeline. */
public record AddCoachNoteCommand(
    @TargetAggregateIdentifier String recordId, String studentId, String noteId, String text) {}
