package io.rapport.command.api.coaching;

import org.axonframework.serialization.Revision;

/** A coach was assigned to a student; {@code previousCoachId} is null for a first assignment. */
@Revision("1")
public record CoachAssignedEvent(String studentId, String coachId, String previousCoachId) {}
