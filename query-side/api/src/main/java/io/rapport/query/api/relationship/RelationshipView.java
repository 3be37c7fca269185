package io.rapport.query.api.relationship;

import java.time.Instant;

/** A relationship's summary. */
public record RelationshipView(
    String relationshipId,
    String studentId,
    ContactView contact,
    String howWeMet,
    int cadenceDays,
    Instant startedAt) {

  /** The contact as the read model holds it. */
  public record ContactView(
      String name, String company, String role, String email, String profileUrl) {}
}
