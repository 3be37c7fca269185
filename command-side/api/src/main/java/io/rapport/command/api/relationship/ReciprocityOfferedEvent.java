package io.rapport.command.api.relationship;

import org.axonframework.serialization.Revision;

/** The student offered help in return. */
@Revision("1")
public record ReciprocityOfferedEvent(String relationshipId, String studentId, String offer) {}
