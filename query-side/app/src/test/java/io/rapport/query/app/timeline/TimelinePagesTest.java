package io.rapport.query.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.rapport.query.api.timeline.TimelineEntryView;
import io.rapport.query.api.timeline.TimelinePage;
import io.rapport.query.app.relationship.ContactNameCache;
import io.rapport.query.app.relationship.ContactNames;
import io.rapport.query.app.store.CollectionNames;
import io.rapport.query.app.store.ProjectionWriter;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A timeline is read a page at a time as a range of its entries' keys: every entry once, in
 * timeline order either way, however many pages, however the entries' times tie or run against
 * their positions, while entries are added, and however few entries a filter keeps.
 */
class TimelinePagesTest {

  private static final TenantId NORTHFIELD = new TenantId("northfield-university");
  private static final TimelineOwner ADA = TimelineOwner.student(NORTHFIELD, "ada");
  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
  private static final int PAGE = 50;

  private MongoServer server;
  private MongoClient client;
  private TimelineWriter writer;
  private TimelineReader reader;
  private long nextPosition = 1;

  @BeforeEach
  void start() {
    server = new MongoServer(new MemoryBackend());
    client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    MongoDatabase database = client.getDatabase("test");
    ReadModelStore store =
        new ReadModelStore(
            database,
            CollectionNames.AS_GIVEN,
            new ProjectionWriter(database, CollectionNames.AS_GIVEN));
    writer = new TimelineWriter(store);
    reader = new TimelineReader(store, new ContactNames(new ContactNameCache(100)));
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdown();
  }

  @Test
  void aLongTimelineIsReadPageByPageInOrderEitherWay() {
    List<TimelineEntry> written = writeMany(ADA, 263);

    assertThat(readAll(ADA, true, e -> true, PAGE))
        .containsExactlyElementsOf(ids(sorted(written, true)));
    assertThat(readAll(ADA, false, e -> true, PAGE))
        .containsExactlyElementsOf(ids(sorted(written, false)));
  }

  @Test
  void aPageOfFiftyHoldsFiftyAndTellsWhetherMoreFollow() {
    writeMany(ADA, 100);

    TimelinePage first = reader.read(ADA, everything(true, null, PAGE)).block();
    TimelinePage second =
        reader.read(ADA, everything(true, TimelineCursor.decode(first.nextCursor()), PAGE)).block();

    assertThat(first.items()).hasSize(PAGE);
    assertThat(first.nextCursor()).isNotNull();
    assertThat(second.items()).hasSize(PAGE);
    assertThat(second.nextCursor()).isNull();
  }

  @Test
  void aCursorKeepsItsPlaceWhileEntriesAreAdded() {
    List<TimelineEntry> written = writeMany(ADA, 120);
    TimelinePage newestFirst = reader.read(ADA, everything(true, null, PAGE)).block();
    TimelinePage oldestFirst = reader.read(ADA, everything(false, null, PAGE)).block();

    List<TimelineEntry> added = writeMany(ADA, 30);

    List<String> restNewestFirst = readAllFrom(ADA, true, newestFirst.nextCursor());
    List<String> restOldestFirst = readAllFrom(ADA, false, oldestFirst.nextCursor());
    assertThat(restNewestFirst)
        .containsExactlyElementsOf(ids(sorted(written, true)).subList(PAGE, written.size()));
    List<TimelineEntry> all = new ArrayList<>(written);
    all.addAll(added);
    assertThat(restOldestFirst)
        .containsExactlyElementsOf(ids(sorted(all, false)).subList(PAGE, all.size()));
  }

  @Test
  void aFilterThatKeepsFewEntriesStillFindsEachOfThemOnce() {
    List<TimelineEntry> written = writeMany(ADA, 700);
    Predicate<TimelineEntry> rare = e -> e.type().equals("MeetingLogged");

    List<String> found = readAll(ADA, true, rare, 2);

    assertThat(found)
        .isNotEmpty()
        .containsExactlyElementsOf(ids(sorted(written.stream().filter(rare).toList(), true)));
  }

  @Test
  void aPageCutShortByItsFilterEndsWithACursorAfterWhatItRead() {
    List<TimelineEntry> written = writeMany(ADA, 400);
    TimelineEntry oldest = sorted(written, false).get(0);
    Predicate<TimelineEntry> onlyTheOldest = e -> e.id().equals(oldest.id());

    TimelinePage first = reader.read(ADA, selection(true, onlyTheOldest, null, 2)).block();

    // reads of 3, 12, 48 and 192 entries: the oldest lies beyond them
    assertThat(first.items()).isEmpty();
    assertThat(first.nextCursor()).isNotNull();
    assertThat(readAll(ADA, true, onlyTheOldest, 2)).containsExactly(oldest.id());
  }

  @Test
  void asOfShowsTheTimelineAsItStood() {
    List<TimelineEntry> written = writeMany(ADA, 80);
    Instant asOf = sorted(written, false).get(39).at();
    Predicate<TimelineEntry> recorded = e -> !e.at().isAfter(asOf);

    TimelinePage page =
        reader
            .read(ADA, new TimelineReader.Selection(true, null, asOf, recorded, null, PAGE))
            .block();

    List<String> expected = ids(sorted(written.stream().filter(recorded).toList(), true));
    assertThat(expected).hasSizeGreaterThanOrEqualTo(40).hasSizeLessThan(written.size());
    assertThat(ids(page.items()))
        .containsExactlyElementsOf(expected.subList(0, Math.min(PAGE, expected.size())));
  }

  @Test
  void aRangeHoldsOnlyItsOwnersEntries() {
    List<TimelineEntry> ada = writeMany(ADA, 60);
    writeMany(TimelineOwner.student(new TenantId("southbay-bootcamp"), "ada"), 20);
    writeMany(TimelineOwner.student(NORTHFIELD, "ada|x"), 20);
    writeMany(TimelineOwner.student(NORTHFIELD, "ad"), 20);
    writeMany(TimelineOwner.relationship(NORTHFIELD, "ada"), 20);

    assertThat(readAll(ADA, true, e -> true, PAGE))
        .containsExactlyElementsOf(ids(sorted(ada, true)));
    assertThat(readAll(ADA, false, e -> true, 7))
        .containsExactlyElementsOf(ids(sorted(ada, false)));
  }

  @Test
  void aFollowerGetsTheEntriesAfterItsPositionEvenWhenStampedEarlier() {
    List<TimelineEntry> written = writeMany(ADA, 30);
    long seen = nextPosition - 1;
    TimelineEntry newest = sorted(written, true).get(0);
    // committed after the follower's position, stamped a few minutes before the newest entry
    TimelineEntry late = entry(newest.at().minus(Duration.ofMinutes(3)), "ChatCancelled");
    writer.add(ADA, late);
    TimelineEntry next = entry(newest.at().plusSeconds(1), "ReciprocityOffered");
    writer.add(ADA, next);

    assertThat(reader.after(ADA, seen).block())
        .extracting(TimelineEntryView::id)
        .containsExactly(late.id(), next.id());
    assertThat(reader.latest(ADA).block()).isEqualTo(next.position());
  }

  private List<TimelineEntry> writeMany(TimelineOwner owner, int count) {
    List<TimelineEntry> written = new ArrayList<>();
    Instant at = START.plus(Duration.ofDays(nextPosition));
    for (int i = 0; i < count; i++) {
      // some entries share a millisecond; some are stamped before the entry ahead of them
      at = i % 5 == 0 ? at : i % 11 == 0 ? at.minusSeconds(90) : at.plus(Duration.ofMinutes(37));
      TimelineEntry entry = entry(at, i % 97 == 3 ? "MeetingLogged" : "TouchpointLogged");
      writer.add(owner, entry);
      written.add(entry);
    }
    return written;
  }

  private TimelineEntry entry(Instant at, String type) {
    long position = nextPosition++;
    return new TimelineEntry(
        "event-" + position, at, position, type, "ada", null, null, Map.of("n", position));
  }

  private List<String> readAll(
      TimelineOwner owner, boolean newestFirst, Predicate<TimelineEntry> matches, int limit) {
    List<String> ids = new ArrayList<>();
    TimelineCursor cursor = null;
    for (int pages = 0; pages < 1000; pages++) {
      TimelinePage page =
          reader.read(owner, selection(newestFirst, matches, cursor, limit)).block();
      assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
      ids.addAll(ids(page.items()));
      if (page.nextCursor() == null) {
        return ids;
      }
      cursor = TimelineCursor.decode(page.nextCursor());
    }
    throw new AssertionError("the pages never ended");
  }

  private List<String> readAllFrom(TimelineOwner owner, boolean newestFirst, String cursor) {
    List<String> ids = new ArrayList<>();
    String next = cursor;
    while (next != null) {
      TimelinePage page =
          reader.read(owner, everything(newestFirst, TimelineCursor.decode(next), PAGE)).block();
      ids.addAll(ids(page.items()));
      next = page.nextCursor();
    }
    return ids;
  }

  private static TimelineReader.Selection everything(
      boolean newestFirst, TimelineCursor after, int limit) {
    return selection(newestFirst, e -> true, after, limit);
  }

  private static TimelineReader.Selection selection(
      boolean newestFirst, Predicate<TimelineEntry> matches, TimelineCursor after, int limit) {
    return new TimelineReader.Selection(newestFirst, null, null, matches, after, limit);
  }

  private static List<TimelineEntry> sorted(List<TimelineEntry> entries, boolean newestFirst) {
    Comparator<TimelineEntry> order =
        newestFirst ? TimelineCursor.OLDEST_FIRST.reversed() : TimelineCursor.OLDEST_FIRST;
    return entries.stream().sorted(order).toList();
  }

  private static List<String> ids(List<?> entries) {
    return entries.stream()
        .map(e -> e instanceof TimelineEntry t ? t.id() : ((TimelineEntryView) e).id())
        .toList();
  }
}
