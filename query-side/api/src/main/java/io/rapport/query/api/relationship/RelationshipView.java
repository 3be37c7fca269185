package io.rapport.query.api.relationship;

import java.time.Instant;
import java.util.List;

/**
 * A relationship's summary. {@code status} is {@code COOLING} when the last contact is older than
 * the cadence, {@code ACTIVE} otherwise, as of the moment of reading.
 */
public record RelationshipView(
    String relationshipId,
    String studentId,
    ContactView contact,
    String howWeMet,
    String status,
    int cadenceDays,
    Instant startedAt,
    Instant lastContactAt,
    Instant nextTouchpointDue,
    Connection connection,
    List<String> reciprocityOffers,
    List<Outcome> outcomes) {

  /** The contact as the read model holds it. */
  public record ContactView(
      String name, String company, String role, String email, String profileUrl) {}

  /** The connection request and its acceptance, if any. */
  public record Connection(
      String platform, String message, Instant requestedAt, Instant acceptedAt) {}

  /** Something that came of the relationship. */
  public record Outcome(String outcomeId, String kind, String note, Instant at) {}
}
