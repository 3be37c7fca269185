package io.rapport.query.app.maintenance;

import io.rapport.query.api.projection.RebuildProgressView;
import io.rapport.query.api.projection.RebuildState;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

/**
 * One rebuild of one or more read models into their next generations, by a processor of its own
 * that reads the events from the start, and how far it got. It is done when the new generations
 * have replaced the live ones (see {@link Rebuilds}), not merely when the processor reached the
 * head of the stream as it was at the start ({@code total}), which is what progress is counted
 * against.
 */
final class RebuildRun {

  private final Map<String, Integer> generationByModel;
  private final long total;
  private final Instant startedAt;
  private PooledStreamingEventProcessor processor;
  private RebuildState state = RebuildState.RUNNING;
  private long done;
  private Instant finishedAt;

  RebuildRun(Map<String, Integer> generationByModel, long total, Instant startedAt) {
    this.generationByModel = Map.copyOf(generationByModel);
    this.total = total;
    this.startedAt = startedAt;
  }

  /** The view of a read model never rebuilt since this node started. */
  static RebuildProgressView none(String name) {
    return new RebuildProgressView(name, RebuildState.NONE, 0, 0, 0, null, null, null);
  }

  /** The read models this run builds, with the generation each is built into. */
  Map<String, Integer> generationByModel() {
    return generationByModel;
  }

  long total() {
    return total;
  }

  synchronized void processor(PooledStreamingEventProcessor processor) {
    this.processor = processor;
  }

  synchronized PooledStreamingEventProcessor processor() {
    return processor;
  }

  synchronized boolean running() {
    return state == RebuildState.RUNNING;
  }

  synchronized boolean finished() {
    return state == RebuildState.DONE;
  }

  /** The new generations replaced the live ones. */
  synchronized void switched(Instant at) {
    state = RebuildState.DONE;
    done = total;
    finishedAt = at;
  }

  /** The slowest segment's position, once every segment is claimed; -1 before. */
  synchronized long position() {
    if (processor == null) {
      return -1;
    }
    var statuses = processor.processingStatus().values();
    if (statuses.isEmpty()) {
      return -1;
    }
    return statuses.stream().mapToLong(RebuildRun::positionOf).min().orElse(-1);
  }

  /** The progress now, under the given name (a read model's, or that of a rebuild of all). */
  synchronized RebuildProgressView view(String name, Instant now) {
    return view(name, position(), now);
  }

  /** The progress with the processor at the given position (-1: not started yet). */
  synchronized RebuildProgressView view(String name, long position, Instant now) {
    if (state == RebuildState.RUNNING) {
      done = Math.max(done, Math.min(Math.max(position, 0), total));
    }
    Instant end = finishedAt != null ? finishedAt : now;
    double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
    double rate = done / seconds;
    Long eta =
        state == RebuildState.RUNNING && rate > 0 ? (long) Math.ceil((total - done) / rate) : null;
    return new RebuildProgressView(
        name, state, done, total, Math.round(rate * 10) / 10.0, eta, startedAt, finishedAt);
  }

  private static long positionOf(EventTrackerStatus status) {
    return status.getCurrentPosition().orElse(0);
  }
}
