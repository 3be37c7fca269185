package io.rapport.query.app.timeline;

import io.rapport.query.api.timeline.TimelineEntryView;
import io.rapport.query.api.timeline.TimelinePage;
import io.rapport.query.app.relationship.ContactNames;
import io.rapport.query.app.store.ReadModelStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * Reads a page of a timeline as one range of keys (see {@link TimelineOwner}): from the cursor, or
 * the owner's first or last entry, in the page's order, one more than the page holds to tell
 * whether another page follows. Where filters leave entries out, the next ranges are read, each
 * larger, until the page is full; after {@link #MAX_READS} reads the page ends short with a cursor
 * after the last entry read, so no page costs more than a few reads however selective the filters.
 * The contact names (see {@link ContactNames}) then tell each entry as a sentence.
 */
final class TimelineReader {

  /** The most range reads behind one page. */
  static final int MAX_READS = 4;

  /** How much larger each further read of a page is than the one before. */
  private static final int GROWTH = 4;

  /** The entries read at a time when following a timeline from a position. */
  private static final int FOLLOW_BATCH = 200;

  /**
   * How far an entry's time may lie before that of an entry earlier in the event stream: events are
   * stamped when their command is handled and placed in the stream when it commits, so a slow
   * commit can place an older event after a newer one. Reading back by position goes this far past
   * the first entry it already had.
   */
  static final Duration STAMP_SKEW = Duration.ofMinutes(10);

  private static final int NAME_ATTEMPTS = 20;

  private final ReadModelStore store;
  private final ContactNames contactNames;

  TimelineReader(ReadModelStore store, ContactNames contactNames) {
    this.store = store;
    this.contactNames = contactNames;
  }

  /**
   * What to read: the order, the span of time that may hold matches ({@code notBefore} and {@code
   * notAfter}, either null when open; they narrow the range read, {@code matches} decides), which
   * entries match, where to start.
   */
  record Selection(
      boolean newestFirst,
      Instant notBefore,
      Instant notAfter,
      Predicate<TimelineEntry> matches,
      TimelineCursor after,
      int limit) {}

  /** The keys strictly between which the entries of a read lie. */
  private record Range(String above, String below) {

    boolean isEmpty() {
      return above.compareTo(below) >= 0;
    }

    /** The rest of the range once the entry with the key has been read in the given order. */
    Range past(String key, boolean newestFirst) {
      return newestFirst ? new Range(above, key) : new Range(key, below);
    }
  }

  Mono<TimelinePage> read(TimelineOwner owner, Selection selection) {
    return collect(owner, selection, range(owner, selection), new ArrayList<>(), 0)
        .flatMap(page -> told(owner, page.entries(), 0).map(v -> new TimelinePage(v, page.next())));
  }

  /** The entries of a page and the cursor of the next page, if one follows. */
  private record Page(List<TimelineEntry> entries, String next) {}

  private static Range range(TimelineOwner owner, Selection selection) {
    String above = owner.lowest();
    String below = owner.highest();
    if (selection.notBefore() != null) {
      above = max(above, owner.timeKey(selection.notBefore()));
    }
    if (selection.notAfter() != null) {
      below = min(below, owner.timeKey(selection.notAfter().plusMillis(1)));
    }
    if (selection.after() != null) {
      String cursor = owner.keyOf(selection.after());
      if (selection.newestFirst()) {
        below = min(below, cursor);
      } else {
        above = max(above, cursor);
      }
    }
    return new Range(above, below);
  }

  private Mono<Page> collect(
      TimelineOwner owner, Selection selection, Range range, List<TimelineEntry> found, int reads) {
    int wanted = selection.limit() + 1;
    if (range.isEmpty()) {
      return Mono.just(page(found, selection.limit(), null));
    }
    int batch = wanted * (int) Math.pow(GROWTH, reads);
    return store
        .of(owner.tenant())
        .range(TimelineWriter.ENTRIES, range.above(), range.below(), selection.newestFirst(), batch)
        .collectList()
        .flatMap(
            documents -> {
              TimelineEntry last = null;
              for (Document document : documents) {
                if (!owner.key().equals(document.getString(TimelineWriter.OWNER))) {
                  continue; // an owner whose id extends this one's
                }
                last = TimelineEntry.fromDocument(document);
                if (selection.matches().test(last) && found.size() < wanted) {
                  found.add(last);
                }
              }
              boolean exhausted = documents.size() < batch;
              if (found.size() >= wanted || exhausted) {
                return Mono.just(page(found, selection.limit(), null));
              }
              String lastKey = documents.get(documents.size() - 1).getString("_id");
              if (reads + 1 >= MAX_READS) {
                // a page cut short by its filters goes on after the last entry read
                return Mono.just(
                    page(
                        found,
                        selection.limit(),
                        last == null ? null : TimelineCursor.after(last)));
              }
              return collect(
                  owner, selection, range.past(lastKey, selection.newestFirst()), found, reads + 1);
            });
  }

  private static Page page(List<TimelineEntry> found, int limit, TimelineCursor cutShort) {
    if (found.size() > limit) {
      List<TimelineEntry> shown = List.copyOf(found.subList(0, limit));
      return new Page(shown, TimelineCursor.after(shown.get(limit - 1)).encode());
    }
    return new Page(List.copyOf(found), cutShort == null ? null : cutShort.encode());
  }

  /**
   * The owner's entries after a position of the event stream, by position. Reads back from the
   * newest entry until it has passed an entry at or before the position by more than {@link
   * #STAMP_SKEW}.
   */
  Mono<List<TimelineEntryView>> after(TimelineOwner owner, long position) {
    return newest(
            owner, new Range(owner.lowest(), owner.highest()), position, null, new ArrayList<>())
        .map(
            entries ->
                entries.stream()
                    .filter(e -> e.position() > position)
                    .sorted(Comparator.comparingLong(TimelineEntry::position))
                    .toList())
        .flatMap(entries -> told(owner, entries, NAME_ATTEMPTS));
  }

  /** The position of the owner's newest entry, 0 when there is none. */
  Mono<Long> latest(TimelineOwner owner) {
    return newest(
            owner,
            new Range(owner.lowest(), owner.highest()),
            Long.MAX_VALUE,
            null,
            new ArrayList<>())
        .map(entries -> entries.stream().mapToLong(TimelineEntry::position).max().orElse(0L));
  }

  /**
   * The owner's entries newest first, back to {@link #STAMP_SKEW} before the newest entry at or
   * before the position ({@code reached}, its time once found).
   */
  private Mono<List<TimelineEntry>> newest(
      TimelineOwner owner, Range range, long position, Instant reached, List<TimelineEntry> found) {
    return store
        .of(owner.tenant())
        .range(TimelineWriter.ENTRIES, range.above(), range.below(), true, FOLLOW_BATCH)
        .collectList()
        .flatMap(
            documents -> {
              Instant reachedAt = reached;
              for (Document document : documents) {
                if (!owner.key().equals(document.getString(TimelineWriter.OWNER))) {
                  continue;
                }
                TimelineEntry entry = TimelineEntry.fromDocument(document);
                if (reachedAt != null && entry.at().isBefore(reachedAt.minus(STAMP_SKEW))) {
                  return Mono.just(found);
                }
                found.add(entry);
                if (reachedAt == null && entry.position() <= position) {
                  reachedAt = entry.at();
                }
              }
              if (documents.size() < FOLLOW_BATCH) {
                return Mono.just(found);
              }
              String lastKey = documents.get(documents.size() - 1).getString("_id");
              return newest(owner, range.past(lastKey, true), position, reachedAt, found);
            });
  }

  /**
   * The entries as views, each told as a sentence with its contact's name. The relationships read
   * model is written by another processor: a live entry waits a moment for a relationship that has
   * just started ({@link ContactNames#awaited}).
   */
  private Mono<List<TimelineEntryView>> told(
      TimelineOwner owner, List<TimelineEntry> entries, int attempts) {
    Set<String> relationshipIds =
        entries.stream()
            .map(TimelineEntry::relationshipId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    return contactNames
        .awaited(store.of(owner.tenant()), relationshipIds, attempts)
        .map(
            names ->
                entries.stream()
                    .map(
                        e ->
                            view(
                                e,
                                e.relationshipId() == null ? null : names.get(e.relationshipId())))
                    .toList());
  }

  private static String max(String a, String b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static TimelineEntryView view(TimelineEntry entry, String contactName) {
    return new TimelineEntryView(
        entry.id(),
        entry.at(),
        entry.type(),
        Sentences.tell(entry, contactName),
        entry.actorId(),
        entry.relationshipId(),
        entry.chatId(),
        entry.details(),
        entry.position());
  }
}
