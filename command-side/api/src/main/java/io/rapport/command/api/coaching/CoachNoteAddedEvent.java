package io.rapport.command.api.coaching;

import org.axonframework.serialization.Revision;

/** A note was left on a student's timeline by {@code authorId}. */
@Revision("1")
public record CoachNoteAddedEvent(String studentId, String noteId, String authorId, String text) {}
