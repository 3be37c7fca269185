package io.rapport.command.api.relationship;

import org.axonframework.serialization.Revision;

/** A relationship began, with the default follow-up cadence. */
@Revision("1")
public record RelationshipStartedEvent(
    String relationshipId, String studentId, Contact contact, String howWeMet, int cadenceDays) {}
