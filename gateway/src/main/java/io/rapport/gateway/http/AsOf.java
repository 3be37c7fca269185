package io.rapport.gateway.http;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The {@code asOf} parameter of the timelines: an ISO-8601 instant, or absent for "now". */
public final class AsOf {

  private AsOf() {}

  /** The instant, or null for "now"; a malformed one is an invalid query. */
  public static Instant parse(String asOf) {
    if (asOf == null) {
      return null;
    }
    try {
      return Instant.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new InvalidQueryException(
          "asOf", "must be an ISO-8601 instant, e.g. 2026-11-25T14:30:00Z");
    }
  }
}
