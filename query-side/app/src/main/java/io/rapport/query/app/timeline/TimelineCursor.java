package io.rapport.query.app.timeline;

import io.rapport.query.api.InvalidQuery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import org.axonframework.queryhandling.QueryExecutionException;

/**
 * The opaque position after which the next page starts: the last entry's time, position and id,
 * which name its key ({@link TimelineOwner#keyOf}), the exclusive bound of the next page's read.
 */
record TimelineCursor(Instant at, long position, String id) {

  /** Orders entries oldest first; ties broken by id so that the order is total. */
  static final Comparator<TimelineEntry> OLDEST_FIRST =
      Comparator.comparing(TimelineEntry::at)
          .thenComparingLong(TimelineEntry::position)
          .thenComparing(TimelineEntry::id);

  static TimelineCursor after(TimelineEntry entry) {
    return new TimelineCursor(entry.at(), entry.position(), entry.id());
  }

  String encode() {
    String raw = at.toEpochMilli() + "|" + position + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a cursor; one this API never gave out is refused as invalid input (400). */
  static TimelineCursor decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = raw.split("\\|", 3);
      if (parts.length == 3 && !parts[2].isBlank()) {
        return new TimelineCursor(
            Instant.ofEpochMilli(Long.parseLong(parts[0])), Long.parseLong(parts[1]), parts[2]);
      }
    } catch (RuntimeException e) {
      // falls through to the refusal below, as any other cursor this API never gave out
    }
    throw new QueryExecutionException(
        "cursor is not one this API gave out",
        null,
        new InvalidQuery("cursor", "is not one this API gave out"));
  }
}
