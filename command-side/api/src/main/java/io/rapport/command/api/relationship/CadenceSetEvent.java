package io.rapport.command.api.relationship;

import org.axonframework.serialization.Revision;

/** The follow-up cadence changed. */
@Revision("1")
public record CadenceSetEvent(String relationshipId, String studentId, int everyDays) {}
