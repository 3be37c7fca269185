package io.rapport.command.api.privacy;

import org.axonframework.serialization.Revision;

/**
 * The contact's key was deleted: the contact's name, e-mail and every free text about them is
 * unreadable from now on, in the events and in the read models.
 */
@Revision("1")
public record ContactPersonalDataErasedEvent(String relationshipId, String studentId) {}
