package io.rapport.command.api.privacy;

import org.axonframework.serialization.Revision;

/**
 * The keys of the student and of all the student's contacts were deleted: names, e-mail addresses
 * and free text of the student's history are unreadable from now on.
 */
@Revision("1")
public record StudentPersonalDataErasedEvent(String studentId) {}
