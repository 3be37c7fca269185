package io.rapport.query.app.timeline;

import io.rapport.query.app.store.ReadModelStore;
import org.bson.Document;

/**
 * Writes each entry of a timeline as a small document of its own, keyed by its owner and its place
 * in the timeline ({@link TimelineOwner#entryKey}). An entry is never changed once written, so the
 * write is an insert: a redelivered event finds its entry there and changes nothing, and no
 * document grows with its owner's timeline.
 */
final class TimelineWriter {

  static final String ENTRIES = "timeline_entries";

  /** The field naming the entry's owner, which tells it from an owner whose id extends this one. */
  static final String OWNER = "owner";

  private final ReadModelStore store;

  TimelineWriter(ReadModelStore store) {
    this.store = store;
  }

  void add(TimelineOwner owner, TimelineEntry entry) {
    Document stored = entry.toDocument().append(OWNER, owner.key());
    store.of(owner.tenant()).insert(ENTRIES, owner.entryKey(entry), stored);
  }
}
