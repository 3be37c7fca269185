package io.rapport.query.app.timeline;

import io.rapport.query.api.timeline.TimelineEntryView;
import io.rapport.query.api.timeline.TimelinePage;
import io.rapport.query.app.relationship.ContactNames;
import io.rapport.query.app.store.ReadModelStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a page of a timeline: the owner's index of buckets (one key lookup), then the buckets of
 * the owner's days in order, a few days per lookup, until the page is full; then the contact names
 * of the page's relationships (one lookup) to tell each entry as a sentence.
 */
final class TimelineReader {

  private static final int DAYS_PER_LOOKUP = 8;
  private static final int NAME_ATTEMPTS = 20;

  private final ReadModelStore store;
  private final ContactNames contactNames;

  TimelineReader(ReadModelStore store, ContactNames contactNames) {
    this.store = store;
    this.contactNames = contactNames;
  }

  /** What to read: the order, which days may hold matches, which entries match, where to start. */
  record Selection(
      boolean newestFirst,
      Predicate<String> dayMayMatch,
      Predicate<TimelineEntry> matches,
      TimelineCursor after,
      int limit) {}

  Mono<TimelinePage> read(TimelineOwner owner, Selection selection) {
    Comparator<TimelineEntry> order =
        selection.newestFirst()
            ? TimelineCursor.OLDEST_FIRST.reversed()
            : TimelineCursor.OLDEST_FIRST;
    return days(owner)
        .map(
            days ->
                days.stream()
                    .filter(d -> selection.dayMayMatch().test(d.day()))
                    .filter(d -> notPassed(d.day(), selection))
                    .sorted(
                        selection.newestFirst()
                            ? Comparator.comparing(Day::day).reversed()
                            : Comparator.comparing(Day::day))
                    .toList())
        .flatMapMany(days -> Flux.fromIterable(chunks(days)))
        .concatMap(chunk -> entries(owner, chunk), 1)
        .concatMap(day -> Flux.fromIterable(day.stream().sorted(order).toList()))
        .filter(
            entry ->
                selection.after() == null
                    || selection.after().precedes(entry, selection.newestFirst()))
        .filter(selection.matches())
        .take(selection.limit() + 1L, true)
        .collectList()
        .flatMap(entries -> page(owner, entries, selection.limit()));
  }

  /** A day of a timeline and the names of its buckets. */
  private record Day(String day, List<String> buckets) {}

  private static boolean notPassed(String day, Selection selection) {
    if (selection.after() == null) {
      return true;
    }
    int c = day.compareTo(selection.after().day());
    return selection.newestFirst() ? c <= 0 : c >= 0;
  }

  /** The owner's days, from the owner's index of buckets (one key lookup). */
  private Mono<List<Day>> days(TimelineOwner owner) {
    return store
        .of(owner.tenant())
        .byId(TimelineWriter.INDEX, owner.indexKey())
        .map(doc -> doc.getList(TimelineWriter.NAMES, String.class, List.of()))
        .defaultIfEmpty(List.of())
        .map(
            buckets ->
                buckets.stream()
                    .collect(
                        Collectors.groupingBy(
                            TimelineEntry::dayOf, TreeMap::new, Collectors.toList()))
                    .entrySet()
                    .stream()
                    .map(day -> new Day(day.getKey(), day.getValue()))
                    .toList());
  }

  private static List<List<Day>> chunks(List<Day> days) {
    return java.util.stream.IntStream.range(
            0, (days.size() + DAYS_PER_LOOKUP - 1) / DAYS_PER_LOOKUP)
        .mapToObj(
            i ->
                days.subList(i * DAYS_PER_LOOKUP, Math.min(days.size(), (i + 1) * DAYS_PER_LOOKUP)))
        .toList();
  }

  /**
   * The entries of the given days, one list per day in the order of the days: all buckets of the
   * days in one lookup, so that a day's entries are ordered together whichever bucket holds them.
   */
  private Flux<List<TimelineEntry>> entries(TimelineOwner owner, List<Day> days) {
    Map<String, String> dayOfKey = new HashMap<>();
    for (Day day : days) {
      for (String bucket : day.buckets()) {
        dayOfKey.put(owner.bucketKey(bucket), day.day());
      }
    }
    return store
        .of(owner.tenant())
        .eachById(TimelineWriter.BUCKETS, List.copyOf(dayOfKey.keySet()), null)
        .collectMultimap(doc -> dayOfKey.get(doc.getString("_id")), TimelineReader::entries)
        .flatMapIterable(
            byDay ->
                days.stream()
                    .filter(day -> byDay.containsKey(day.day()))
                    .map(day -> byDay.get(day.day()).stream().flatMap(List::stream).toList())
                    .toList());
  }

  private static List<TimelineEntry> entries(Document bucket) {
    return bucket.getList("entries", Document.class, List.of()).stream()
        .map(TimelineEntry::fromDocument)
        .toList();
  }

  /**
   * The owner's entries after a position of the event stream, by position. Reads the newest day
   * first and goes back until a day holds an entry at or before the position, and one day more: the
   * timestamps of events committed at the same moment may cross midnight out of order.
   */
  Mono<List<TimelineEntryView>> after(TimelineOwner owner, long position) {
    return days(owner)
        .flatMap(
            days ->
                newerThan(
                    owner,
                    position,
                    days.stream().sorted(Comparator.comparing(Day::day).reversed()).toList(),
                    0,
                    false,
                    new ArrayList<>()))
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
    return days(owner)
        .flatMap(
            days ->
                days.isEmpty()
                    ? Mono.just(0L)
                    : entries(owner, List.of(days.get(days.size() - 1)))
                        .flatMapIterable(day -> day)
                        .map(TimelineEntry::position)
                        .reduce(0L, Math::max));
  }

  private Mono<List<TimelineEntry>> newerThan(
      TimelineOwner owner,
      long position,
      List<Day> daysNewestFirst,
      int next,
      boolean reached,
      List<TimelineEntry> found) {
    if (next >= daysNewestFirst.size()) {
      return Mono.just(found);
    }
    return entries(owner, List.of(daysNewestFirst.get(next)))
        .collectList()
        .flatMap(
            days -> {
              List<TimelineEntry> day = days.stream().flatMap(List::stream).toList();
              found.addAll(day);
              if (reached) {
                return Mono.just(found);
              }
              boolean reachesPosition = day.stream().anyMatch(e -> e.position() <= position);
              return newerThan(owner, position, daysNewestFirst, next + 1, reachesPosition, found);
            });
  }

  private Mono<TimelinePage> page(TimelineOwner owner, List<TimelineEntry> entries, int limit) {
    List<TimelineEntry> shown = entries.size() > limit ? entries.subList(0, limit) : entries;
    String next =
        entries.size() > limit ? TimelineCursor.after(shown.get(shown.size() - 1)).encode() : null;
    return told(owner, shown, 0).map(views -> new TimelinePage(views, next));
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
            .filter(java.util.Objects::nonNull)
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
