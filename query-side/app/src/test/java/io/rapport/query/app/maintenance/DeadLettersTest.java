package io.rapport.query.app.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.rapport.command.api.Stamp;
import io.rapport.query.api.projection.DeadLetterList;
import io.rapport.query.api.projection.DeadLetterView;
import io.rapport.query.api.projection.FetchDeadLettersQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;

/** The dead-letter list over Axon's queues: paged, and with no data of the failed event. */
class DeadLettersTest {

  private static final Instant PARKED = Instant.parse("2026-03-01T10:00:00Z");
  private static final MetaData PLATFORM =
      MetaData.with(Stamp.ROLES.key(), List.of(Staff.PLATFORM_ADMIN));

  private final SequencedDeadLetterQueue<EventMessage<?>> timelines =
      InMemorySequencedDeadLetterQueue.defaultQueue();
  private final SequencedDeadLetterQueue<EventMessage<?>> people =
      InMemorySequencedDeadLetterQueue.defaultQueue();
  private final DeadLetters deadLetters = new DeadLetters(processing());

  @Test
  void pagesThroughEveryParkedEventOldestFirst() {
    for (int i = 0; i < 5; i++) {
      park(i % 2 == 0 ? timelines : people, "relationship-" + i, i, new IllegalStateException());
    }

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      DeadLetterList page = deadLetters.handle(new FetchDeadLettersQuery(cursor, 2), PLATFORM);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
      page.items().forEach(letter -> seen.add(letter.eventId()));
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null);

    List<DeadLetterView> all =
        deadLetters.handle(new FetchDeadLettersQuery(null, 50), PLATFORM).items();
    assertThat(pages).isEqualTo(3);
    assertThat(all).extracting(DeadLetterView::enqueuedAt).isSorted().hasSize(5);
    assertThat(seen).isEqualTo(all.stream().map(DeadLetterView::eventId).toList());
  }

  @Test
  void theCauseShowsTheFailuresTypeAndNoneOfWhatItsMessageQuotes() {
    park(
        timelines,
        "relationship-1",
        0,
        new IllegalStateException(
            "cannot project note 'Ada Lovelace: call me on +44 20 7946 0000' of tenant"
                + " southside-bootcamp"));
    park(
        people,
        "person-1",
        1,
        new ThrowableCause(
            "com.mongodb.MongoWriteException",
            "E11000 duplicate key error dup key: { _id: \"northfield-university:Ada Lovelace\" }"));

    DeadLetterList list = deadLetters.handle(new FetchDeadLettersQuery(null, 50), PLATFORM);

    assertThat(list.items())
        .extracting(DeadLetterView::cause)
        .containsExactly(
            "java.lang.IllegalStateException: the projection refused the event"
                + " (its message is withheld)",
            "com.mongodb.MongoWriteException: the read store refused or failed the projection's"
                + " read or write (its message is withheld)");
    assertThat(list.toString())
        .doesNotContain("Ada", "Lovelace", "+44", "southside", "northfield", "E11000");
  }

  @Test
  void someoneOtherThanPlatformStaffSeesNothing() {
    park(timelines, "relationship-1", 0, new IllegalStateException("Ada"));

    assertThat(
            deadLetters.handle(
                new FetchDeadLettersQuery(null, 50),
                MetaData.with(Stamp.ROLES.key(), List.of("tenant-admin"))))
        .isEqualTo(new DeadLetterList(List.of(), null));
  }

  private static void park(
      SequencedDeadLetterQueue<EventMessage<?>> queue,
      String sequence,
      int minute,
      Throwable cause) {
    EventMessage<?> event = GenericEventMessage.asEventMessage("payload of " + sequence);
    queue.enqueue(
        sequence,
        new GenericDeadLetter<>(
            sequence,
            event,
            ThrowableCause.asCause(cause),
            PARKED.plusSeconds(60L * minute),
            PARKED.plusSeconds(60L * minute),
            MetaData.emptyInstance()));
  }

  private EventProcessingConfiguration processing() {
    EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    when(processing.eventProcessors())
        .thenReturn(
            Map.of("timelines", mock(EventProcessor.class), "people", mock(EventProcessor.class)));
    when(processing.deadLetterQueue("timelines")).thenReturn(Optional.of(timelines));
    when(processing.deadLetterQueue("people")).thenReturn(Optional.of(people));
    return processing;
  }
}
