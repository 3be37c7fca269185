package io.rapport.query.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.rapport.query.api.timeline.TimelineEntryView;
import io.rapport.query.api.timeline.TimelinePage;
import io.rapport.query.app.relationship.ContactNames;
import io.rapport.query.app.store.CollectionNames;
import io.rapport.query.app.store.ProjectionWriter;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantId;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A busy owner's day spreads over several bounded buckets; pages still come in timeline order,
 * every entry once, however the entries' times and positions interleave across buckets.
 */
class TimelineBucketsTest {

  private static final TimelineOwner ADA =
      TimelineOwner.student(new TenantId("northfield-university"), "ada");
  private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

  private MongoServer server;
  private MongoClient client;
  private MongoDatabase database;

  @BeforeEach
  void start() {
    server = new MongoServer(new MemoryBackend());
    InetSocketAddress address = server.bind();
    client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    database = client.getDatabase("test");
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdown();
  }

  @Test
  void anEntryBelongsToItsDayAndItsStretchOfTheStream() {
    TimelineEntry first = entry(1, NOON);
    TimelineEntry lastOfStretch = entry(TimelineEntry.STRETCH - 1, NOON.plusSeconds(5));
    TimelineEntry nextStretch = entry(TimelineEntry.STRETCH, NOON.plusSeconds(6));

    assertThat(first.bucket()).isEqualTo(lastOfStretch.bucket()).startsWith("20261125-");
    assertThat(nextStretch.bucket()).isNotEqualTo(first.bucket()).isGreaterThan(first.bucket());
    assertThat(TimelineEntry.dayOf(nextStretch.bucket())).isEqualTo("20261125");
  }

  @Test
  void aBusyDayIsReadInOrderAcrossItsBuckets() {
    TimelineWriter writer =
        new TimelineWriter(
            new ReadModelStore(
                database,
                CollectionNames.AS_GIVEN,
                new ProjectionWriter(database, CollectionNames.AS_GIVEN)));
    List<TimelineEntry> written = new ArrayList<>();
    // yesterday, a few quiet entries
    for (int i = 1; i <= 5; i++) {
      written.add(entry(i, NOON.minus(Duration.ofDays(1)).plusSeconds(i)));
    }
    // today, 600 entries whose times do not follow their positions (commits out of order)
    for (int i = 6; i <= 605; i++) {
      written.add(entry(i, NOON.plusSeconds((i * 7_919L) % 600)));
    }
    // in one batch, as a processor writes them: merged into one write per bucket
    DefaultUnitOfWork.startAndGet(null).execute(() -> written.forEach(e -> writer.add(ADA, e)));

    List<Document> buckets =
        Flux.from(database.getCollection(TimelineWriter.BUCKETS).find()).collectList().block();
    assertThat(buckets).hasSize(4); // yesterday, and three stretches of today
    assertThat(buckets)
        .allSatisfy(
            bucket ->
                assertThat(bucket.getList("entries", Document.class))
                    .hasSizeLessThanOrEqualTo((int) TimelineEntry.STRETCH));

    List<String> read = readAllNewestFirst(50);

    assertThat(read)
        .containsExactlyElementsOf(
            written.stream()
                .sorted(TimelineCursor.OLDEST_FIRST.reversed())
                .map(TimelineEntry::id)
                .toList());
  }

  private List<String> readAllNewestFirst(int limit) {
    ContactNames names = mock(ContactNames.class);
    when(names.awaited(any(), any(), anyInt())).thenReturn(Mono.just(Map.of()));
    TimelineReader reader =
        new TimelineReader(
            new ReadModelStore(
                database,
                CollectionNames.AS_GIVEN,
                new ProjectionWriter(database, CollectionNames.AS_GIVEN)),
            names);
    List<String> ids = new ArrayList<>();
    TimelineCursor cursor = null;
    do {
      TimelinePage page =
          reader
              .read(ADA, new TimelineReader.Selection(true, day -> true, e -> true, cursor, limit))
              .block();
      page.items().stream().map(TimelineEntryView::id).forEach(ids::add);
      cursor = page.nextCursor() == null ? null : TimelineCursor.decode(page.nextCursor());
    } while (cursor != null);
    return ids;
  }

  private static TimelineEntry entry(long position, Instant at) {
    return new TimelineEntry(
        "event-" + position, at, position, "TouchpointLogged", "ada", null, null, Map.of());
  }
}
