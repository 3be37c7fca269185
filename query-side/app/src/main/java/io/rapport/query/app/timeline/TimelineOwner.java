package io.rapport.query.app.timeline;

import io.rapport.query.app.store.TenantId;
import java.time.Instant;

/**
 * Whose timeline: a student's (newest first) or a relationship's (oldest first). An owner's entries
 * are keyed so that their keys sort in timeline order within the owner ({@link
 * TimelineCursor#OLDEST_FIRST}: time, then position in the event stream, then id), and lie between
 * the owner's two bounds, so that a page is one read of a range of keys.
 */
record TimelineOwner(TenantId tenant, String kind, String id) {

  /** Digits of an entry's time in milliseconds: enough for any time until the year 33658. */
  private static final String AT = "%015d";

  /** Digits of a position in the event stream: any {@code long} that is not negative. */
  private static final String POSITION = "%019d";

  static TimelineOwner student(TenantId tenant, String studentId) {
    return new TimelineOwner(tenant, "s", studentId);
  }

  static TimelineOwner relationship(TenantId tenant, String relationshipId) {
    return new TimelineOwner(tenant, "r", relationshipId);
  }

  /** The reads of a student's records by others (newest first). */
  static TimelineOwner disclosures(TenantId tenant, String studentId) {
    return new TimelineOwner(tenant, "d", studentId);
  }

  /** The key of this owner, which every key of its entries starts with. */
  String key() {
    return tenant.key(kind + ":" + id);
  }

  /** The key of the entry: the owner, then the fields of the timeline order, fixed-width. */
  String entryKey(TimelineEntry entry) {
    return keyOf(entry.at(), entry.position(), entry.id());
  }

  /** The key of the entry a cursor names; the bound a page after that cursor starts from. */
  String keyOf(TimelineCursor cursor) {
    return keyOf(cursor.at(), cursor.position(), cursor.id());
  }

  private String keyOf(Instant at, long position, String entryId) {
    return timeKey(at) + "|" + String.format(POSITION, Math.max(0, position)) + "|" + entryId;
  }

  /** Below the key of every entry of this owner at or after the instant's millisecond. */
  String timeKey(Instant at) {
    return key() + "|" + String.format(AT, Math.max(0, at.toEpochMilli()));
  }

  /** Below every key of this owner's entries (the owner's key and its separator). */
  String lowest() {
    return key() + "|";
  }

  /** Above every key of this owner's entries: the separator's successor follows all of them. */
  String highest() {
    return key() + (char) ('|' + 1);
  }
}
