package io.rapport.query.app.progress;

import io.rapport.query.api.progress.FetchReadModelProgressQuery;
import io.rapport.query.api.progress.ReadModelProgressView;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Whether every streaming processor of this node has processed an event position: each processor's
 * segments must together cover the whole stream, and each segment's token must cover the position
 * (a gap at it, an event not yet seen, does not). It reads the processors' in-memory status only,
 * so it is cheap enough to be asked again and again while a caller waits.
 */
@Component
class ReadModelProgress {

  private final EventProcessingConfiguration processing;
  private final EventStore events;
  private final AtomicLong knownHead = new AtomicLong();

  ReadModelProgress(EventProcessingConfiguration processing, EventStore events) {
    this.processing = processing;
    this.events = events;
  }

  @QueryHandler
  ReadModelProgressView handle(FetchReadModelProgressQuery query) {
    GapAwareTrackingToken position = GapAwareTrackingToken.newInstance(query.position(), List.of());
    List<String> behind =
        processing.eventProcessors().values().stream()
            .filter(StreamingEventProcessor.class::isInstance)
            .map(StreamingEventProcessor.class::cast)
            .filter(processor -> !reached(processor.processingStatus().values(), position))
            .map(StreamingEventProcessor::getName)
            .sorted()
            .toList();
    return new ReadModelProgressView(
        behind.isEmpty(), behind, !behind.isEmpty() && beyondHead(query.position()));
  }

  /**
   * Whether the stream holds no event at the position yet. The head is asked for only when the
   * position is past the last head seen; when the event store cannot be asked, the position is
   * taken to be within it (the caller waits, as for any position not reached yet).
   */
  private boolean beyondHead(long position) {
    if (position <= knownHead.get()) {
      return false;
    }
    try {
      TrackingToken head = events.createHeadToken();
      long now = head == null ? 0 : head.position().orElse(0);
      knownHead.accumulateAndGet(now, Math::max);
      return position > now;
    } catch (RuntimeException unreachable) {
      return false;
    }
  }

  static boolean reached(Collection<EventTrackerStatus> segments, TrackingToken position) {
    double covered = 0;
    for (EventTrackerStatus segment : segments) {
      TrackingToken token = segment.getTrackingToken();
      if (token == null || !handled(token, position)) {
        return false;
      }
      covered += 1.0 / (segment.getSegment().getMask() + 1);
    }
    return covered > 0.999;
  }

  /**
   * Whether the token is past the position and the position is not one of its gaps. Other gaps
   * below it do not matter: a position left empty for good (a transaction that never committed, say
   * after a crash) stays a gap of every token until Axon drops it, and must not hold up reads of
   * the positions after it.
   */
  private static boolean handled(TrackingToken token, TrackingToken position) {
    TrackingToken current = WrappedToken.unwrapLowerBound(token);
    if (current instanceof GapAwareTrackingToken gapAware && position.position().isPresent()) {
      long wanted = position.position().getAsLong();
      return gapAware.getIndex() >= wanted && !gapAware.getGaps().contains(wanted);
    }
    return token.covers(position);
  }
}
