package io.rapport.command.api.coaching;

import org.axonframework.serialization.Revision;

/** A student was enrolled in a cohort. */
@Revision("1")
public record StudentEnrolledEvent(String studentId, String cohort) {}
