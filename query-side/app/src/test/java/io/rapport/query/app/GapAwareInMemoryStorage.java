package io.rapport.query.app;

import io.rapport.command.api.Stamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/**
 * An event store in memory that streams events as the production store does (Axon's JDBC storage in
 * {@code command-side/app}): with gap-aware tracking tokens, and with each event's own global index
 * in its metadata ({@link Stamp#POSITION}). Events are kept as the objects published, so the
 * projections see them as the production store's readers see them once decrypted.
 */
final class GapAwareInMemoryStorage extends InMemoryEventStorageEngine {

  @Override
  public Stream<? extends TrackedEventMessage<?>> readEvents(
      TrackingToken trackingToken, boolean mayBlock) {
    return super.readEvents(global(trackingToken), mayBlock).map(GapAwareInMemoryStorage::stamped);
  }

  @Override
  public TrackingToken createTailToken() {
    return gapAware(super.createTailToken());
  }

  @Override
  public TrackingToken createHeadToken() {
    return gapAware(super.createHeadToken());
  }

  @Override
  public TrackingToken createTokenAt(Instant dateTime) {
    return gapAware(super.createTokenAt(dateTime));
  }

  private static TrackedEventMessage<?> stamped(TrackedEventMessage<?> event) {
    long index = event.trackingToken().position().orElseThrow();
    TrackedEventMessage<?> withPosition =
        (TrackedEventMessage<?>) event.andMetaData(Map.of(Stamp.POSITION.key(), index));
    return withPosition.withTrackingToken(GapAwareTrackingToken.newInstance(index, List.of()));
  }

  private static TrackingToken global(TrackingToken token) {
    return token == null ? null : new GlobalSequenceTrackingToken(token.position().orElse(-1));
  }

  private static TrackingToken gapAware(TrackingToken token) {
    return token == null
        ? null
        : GapAwareTrackingToken.newInstance(token.position().orElse(-1), List.of());
  }
}
