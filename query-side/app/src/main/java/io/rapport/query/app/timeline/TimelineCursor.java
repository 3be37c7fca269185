package io.rapport.query.app.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;

/** The opaque position after which the next page starts: the last entry's time and id. */
record TimelineCursor(Instant at, String id) {

  /** Orders entries oldest first; ties broken by id so that the order is total. */
  static final Comparator<TimelineEntry> OLDEST_FIRST =
      Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::id);

  static TimelineCursor after(TimelineEntry entry) {
    return new TimelineCursor(entry.at(), entry.id());
  }

  String encode() {
    String raw = at.toEpochMilli() + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a cursor; an unreadable one is refused with {@link IllegalArgumentException}. */
  static TimelineCursor decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int bar = raw.indexOf('|');
      return new TimelineCursor(
          Instant.ofEpochMilli(Long.parseLong(raw.substring(0, bar))), raw.substring(bar + 1));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cursor is not one this API gave out", e);
    }
  }

  /** Whether the entry comes after this cursor in the given order. */
  boolean precedes(TimelineEntry entry, boolean newestFirst) {
    int c = OLDEST_FIRST.compare(new TimelineEntry(id, at, null, null, null, null, null), entry);
    return newestFirst ? c > 0 : c < 0;
  }

  String day() {
    return TimelineEntry.DAY.format(at);
  }
}
