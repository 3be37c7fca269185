package io.rapport.query.app.progress;

import io.rapport.query.api.progress.FetchReadModelProgressQuery;
import io.rapport.query.api.progress.ReadModelProgressView;
import java.util.Collection;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
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

  ReadModelProgress(EventProcessingConfiguration processing) {
    this.processing = processing;
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
    return new ReadModelProgressView(behind.isEmpty(), behind);
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
