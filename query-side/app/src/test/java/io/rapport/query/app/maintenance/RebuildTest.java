package io.rapport.query.app.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.query.api.projection.RebuildProgressView;
import io.rapport.query.api.projection.RebuildState;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class RebuildTest {

  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  private final Rebuild rebuild = new Rebuild("timelines", 1000, START);

  @Test
  void staysRunningUntilTheProcessorWasResetEvenIfItsSegmentsAreAtTheHead() {
    RebuildProgressView view =
        rebuild.observe(List.of(at(1000, false), at(1000, false)), 2, START.plusSeconds(1));

    assertThat(view.state()).isEqualTo(RebuildState.RUNNING);
    assertThat(view.eventsDone()).isZero();
  }

  @Test
  void countsTheSlowestSegmentAndEstimatesTheRest() {
    rebuild.restarted();

    RebuildProgressView view =
        rebuild.observe(List.of(at(600, true), at(400, true)), 2, START.plusSeconds(4));

    assertThat(view.state()).isEqualTo(RebuildState.RUNNING);
    assertThat(view.eventsDone()).isEqualTo(400);
    assertThat(view.eventsTotal()).isEqualTo(1000);
    assertThat(view.eventsPerSecond()).isEqualTo(100.0);
    assertThat(view.etaSeconds()).isEqualTo(6);
  }

  @Test
  void isNotDoneWhileASegmentIsUnclaimed() {
    rebuild.restarted();

    RebuildProgressView view = rebuild.observe(List.of(at(1000, false)), 2, START.plusSeconds(4));

    assertThat(view.state()).isEqualTo(RebuildState.RUNNING);
  }

  @Test
  void isDoneWhenEverySegmentStoppedReplayingAtTheHeadOfTheStart() {
    rebuild.restarted();
    rebuild.observe(List.of(at(500, true), at(500, true)), 2, START.plusSeconds(5));

    RebuildProgressView done =
        rebuild.observe(List.of(at(1000, false), at(1003, false)), 2, START.plusSeconds(10));
    RebuildProgressView later =
        rebuild.observe(List.of(at(2000, false), at(2000, false)), 2, START.plusSeconds(60));

    assertThat(done.state()).isEqualTo(RebuildState.DONE);
    assertThat(done.eventsDone()).isEqualTo(done.eventsTotal()).isEqualTo(1000);
    assertThat(done.etaSeconds()).isNull();
    assertThat(done.finishedAt()).isEqualTo(START.plusSeconds(10));
    assertThat(later).isEqualTo(done);
  }

  @Test
  void isDoneAtTheHeadOfTheStartBeforeAnyLaterEventEndsTheReplay() {
    rebuild.restarted();

    RebuildProgressView view =
        rebuild.observe(List.of(at(1000, true), at(1000, true)), 2, START.plusSeconds(5));

    assertThat(view.state()).isEqualTo(RebuildState.DONE);
  }

  @Test
  void aSegmentBehindTheHeadIsNotDone() {
    rebuild.restarted();

    RebuildProgressView view =
        rebuild.observe(List.of(at(999, true), at(1000, false)), 2, START.plusSeconds(5));

    assertThat(view.state()).isEqualTo(RebuildState.RUNNING);
    assertThat(view.eventsDone()).isEqualTo(999);
  }

  @Test
  void aFailedRebuildStaysFailed() {
    rebuild.fail(START.plusSeconds(1));
    rebuild.restarted();

    RebuildProgressView view =
        rebuild.observe(List.of(at(1000, false), at(1000, false)), 2, START.plusSeconds(5));

    assertThat(view.state()).isEqualTo(RebuildState.FAILED);
    assertThat(view.finishedAt()).isEqualTo(START.plusSeconds(1));
  }

  private static EventTrackerStatus at(long position, boolean replaying) {
    return new EventTrackerStatus() {
      @Override
      public Segment getSegment() {
        return Segment.ROOT_SEGMENT;
      }

      @Override
      public boolean isCaughtUp() {
        return !replaying;
      }

      @Override
      public boolean isReplaying() {
        return replaying;
      }

      @Override
      public boolean isMerging() {
        return false;
      }

      @Override
      public OptionalLong mergeCompletedPosition() {
        return OptionalLong.empty();
      }

      @Override
      public TrackingToken getTrackingToken() {
        return null;
      }

      @Override
      public boolean isErrorState() {
        return false;
      }

      @Override
      public Throwable getError() {
        return null;
      }

      @Override
      public OptionalLong getCurrentPosition() {
        return OptionalLong.of(position);
      }

      @Override
      public OptionalLong getResetPosition() {
        return OptionalLong.empty();
      }
    };
  }
}
