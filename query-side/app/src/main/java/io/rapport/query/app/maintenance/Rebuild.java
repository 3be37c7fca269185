package io.rapport.query.app.maintenance;

import io.rapport.query.api.projection.RebuildProgressView;
import io.rapport.query.api.projection.RebuildState;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.axonframework.eventhandling.EventTrackerStatus;

/**
 * One rebuild of a projection and how far it got. Progress is read from the processor's segments,
 * once the processor was reset and started again: the rebuild is done once every segment has
 * reached the head of the stream as it was at the start ({@code total}); until then, the slowest
 * segment's position is the count of events done. (A segment reports "replaying" until it sees the
 * first event after the reset, which may be much later; that is not waited for.)
 */
final class Rebuild {

  private final String name;
  private final long total;
  private final Instant startedAt;
  private RebuildState state = RebuildState.RUNNING;
  private boolean restarted;
  private long done;
  private Instant finishedAt;

  Rebuild(String name, long total, Instant startedAt) {
    this.name = name;
    this.total = total;
    this.startedAt = startedAt;
  }

  /** The view of a projection never rebuilt since this node started. */
  static RebuildProgressView none(String name) {
    return new RebuildProgressView(name, RebuildState.NONE, 0, 0, 0, null, null, null);
  }

  long total() {
    return total;
  }

  synchronized boolean running() {
    return state == RebuildState.RUNNING;
  }

  /** The processor was reset and started again: from now on, its segments show the rebuild. */
  synchronized void restarted() {
    restarted = true;
  }

  synchronized void fail(Instant at) {
    if (state == RebuildState.RUNNING) {
      state = RebuildState.FAILED;
      finishedAt = at;
    }
  }

  /**
   * Takes in the segments' state and answers the progress.
   *
   * @param segments how many segments the processor has; done needs all of them
   */
  synchronized RebuildProgressView observe(
      Collection<EventTrackerStatus> statuses, int segments, Instant now) {
    if (state == RebuildState.RUNNING && restarted) {
      boolean allClaimed = segments > 0 && statuses.size() >= segments;
      boolean caughtUp =
          allClaimed && statuses.stream().allMatch(status -> positionOf(status) >= total);
      if (caughtUp) {
        state = RebuildState.DONE;
        done = total;
        finishedAt = now;
      } else if (allClaimed) {
        long slowest = statuses.stream().mapToLong(Rebuild::positionOf).min().orElse(0);
        done = Math.max(done, Math.min(slowest, total));
      }
    }
    return view(now);
  }

  private RebuildProgressView view(Instant now) {
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
