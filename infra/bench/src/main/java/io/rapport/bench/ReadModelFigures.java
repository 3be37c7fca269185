package io.rapport.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * P4: how fast the read models project, beside what the event table gives (a raw read) and what the
 * read store takes (its raw limit, over the documents the read models write per event).
 */
final class ReadModelFigures {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Settings settings;
  private final Report report;
  private final Tokens tokens;
  private final Path writeCount;
  private double eventTable = Double.NaN;
  private StoreLimit store;

  ReadModelFigures(Settings settings, Report report, Tokens tokens, Path writeCount) {
    this.settings = settings;
    this.report = report;
    this.tokens = tokens;
    this.writeCount = writeCount;
  }

  /**
   * Waits until the read models, started on a store that has projected everything before {@code
   * seeded}, have caught up with it; reports how fast they did when P4 is measured. Timed from the
   * processors' progress read after ready (events they had projected by then are not counted).
   */
  void catchUp(Seeded seeded, String ada) throws Exception {
    long head = CatchUp.head(settings);
    String platform = tokens.accessToken("pat.platform");
    OptionalLong lowest = OptionalLong.empty();
    try {
      lowest = ProcessorPositions.lowest(settings, platform);
    } catch (Exception e) {
      System.out.println("  no processor progress (" + e + "): counting every seeded event");
    }
    long started = System.nanoTime();
    long from = Math.max(seeded.headBefore(), lowest.orElse(seeded.headBefore()));
    CatchUp.await(settings, tokens.accessToken("ada.student"), head);
    double seconds = (System.nanoTime() - started) / 1e9;
    double perSecond = (head - from) / seconds;
    System.out.printf(
        "  read models caught up with %,d events in %.1f s after ready (%,.0f events/s)%n",
        head - from, seconds, perSecond);
    readableAsTheApplicationWrites(ada);
    if (!settings.measures("P4")) {
      return;
    }
    if (head - from < seeded.events() / 2) {
      throw new IllegalStateException(
          String.format(
              "the read models had projected all but %,d of the %,d seeded events while the"
                  + " application started: too few events for a rate (-Dbench.events)",
              head - from, seeded.events()));
    }
    eventTable = EventTableRead.eventsPerSecond(settings);
    report.add(
        Figure.atLeast(
                "P4",
                "catch-up of all read models with the seeded events",
                perSecond,
                "events/s",
                5_000)
            .against("raw read of the event table, events/s", eventTable));
    store = StoreLimit.measure(settings);
    report.add(
        Figure.info(
            "P4",
            "read store: idempotent upserts of small documents ($set, $setOnInsert; ordered bulks"
                + " of 500)",
            store.upsertsPerSecond(),
            "/s"));
    report.add(
        Figure.info(
            "P4",
            "read store: inserts of one small document per entry (ordered bulks of 500)",
            store.insertsPerSecond(),
            "/s"));
    report.add(
        Figure.info(
            "P4", "read store: key lookups, one at a time", store.lookupsPerSecond(), "/s"));
    againstStore(
        "catch-up", ReadStoreWrites.read(writeCount), head - seeded.headBefore(), perSecond);
  }

  /** Every read model rebuilt through the platform API, with the documents it wrote per event. */
  void rebuild() throws Exception {
    ReadStoreWrites before = ReadStoreWrites.read(writeCount);
    double perSecond = Rebuild.allEventsPerSecond(settings, tokens.accessToken("pat.platform"));
    report.add(
        Figure.atLeast("P4", "rebuild of all read models", perSecond, "events/s", 5_000)
            .against("raw read of the event table, events/s", eventTable));
    againstStore(
        "rebuild",
        ReadStoreWrites.read(writeCount).since(before),
        CatchUp.head(settings),
        perSecond);
  }

  private void againstStore(String what, ReadStoreWrites writes, long events, double perSecond) {
    if (writes.total() == 0 || store == null) {
      System.out.println("  no count of the read store's writes: no ratio to its limit");
      return;
    }
    System.out.printf("  documents written during the %s, over %,d events:%n", what, events);
    writes.print(events);
    report.add(
        Figure.info(
            "P4",
            String.format(
                "documents written per event during the %s (%.2f inserted, %.2f updated or"
                    + " upserted, %.2f deleted)",
                what,
                (double) writes.inserts() / events,
                (double) writes.updates() / events,
                (double) writes.deletes() / events),
            (double) writes.total() / events,
            ""));
    report.add(
        Figure.info("P4", what + " against the read store's limit", perSecond, "events/s")
            .against(
                "the store's raw rates over the documents written per event, events/s",
                store.eventsPerSecond(writes, events)));
  }

  /**
   * The seeded events' personal fields come back decrypted in a page of the busy student's
   * timeline: seeded as the application writes events, keys included.
   */
  private void readableAsTheApplicationWrites(String ada) throws Exception {
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        settings.baseUrl() + "/api/v1/students/" + ada + "/timeline?limit=50"))
                .header("Authorization", "Bearer " + tokens.accessToken("ada.student"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (page.statusCode() != 200 || page.body().contains("enc:v1:")) {
      throw new IllegalStateException(
          "A timeline page of the seeded events answered "
              + page.statusCode()
              + (page.body().contains("enc:v1:") ? " with encrypted text" : ""));
    }
    long failures = ProcessorPositions.failures(settings, tokens.accessToken("pat.platform"));
    if (failures > 0) {
      System.out.printf("  the processors report %,d failures; see app.log%n", failures);
    }
  }

  /** What seeding left: the events written, and the head of the event table before them. */
  record Seeded(long events, long headBefore) {}
}
