package io.rapport.query.app.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class ReadModelProgressTest {

  private static final TrackingToken POSITION_10 = GapAwareTrackingToken.newInstance(10, List.of());
  private static final Segment[] HALVES = Segment.computeSegments(0, 1);

  private static EventTrackerStatus status(Segment segment, long index, Long... gaps) {
    EventTrackerStatus status = mock(EventTrackerStatus.class);
    when(status.getSegment()).thenReturn(segment);
    when(status.getTrackingToken())
        .thenReturn(GapAwareTrackingToken.newInstance(index, List.of(gaps)));
    return status;
  }

  @Test
  void reachedWhenEverySegmentHasProcessedThePosition() {
    assertThat(
            ReadModelProgress.reached(
                List.of(status(HALVES[0], 10), status(HALVES[1], 12)), POSITION_10))
        .isTrue();
  }

  @Test
  void notReachedWhileOneSegmentIsBehind() {
    assertThat(
            ReadModelProgress.reached(
                List.of(status(HALVES[0], 12), status(HALVES[1], 9)), POSITION_10))
        .isFalse();
  }

  @Test
  void notReachedWhileThePositionIsAGapNotYetSeen() {
    assertThat(
            ReadModelProgress.reached(
                List.of(status(HALVES[0], 12, 10L), status(HALVES[1], 12)), POSITION_10))
        .isFalse();
  }

  @Test
  void reachedDespiteAnEarlierPositionLeftEmptyForGood() {
    // position 7 was taken by a transaction that never committed (a crash): a gap of every token
    assertThat(
            ReadModelProgress.reached(
                List.of(status(HALVES[0], 12, 7L), status(HALVES[1], 10, 7L)), POSITION_10))
        .isTrue();
  }

  @Test
  void notReachedWhenSegmentsOfTheStreamAreNotClaimedHere() {
    assertThat(ReadModelProgress.reached(List.of(status(HALVES[0], 12)), POSITION_10)).isFalse();
    assertThat(ReadModelProgress.reached(List.of(), POSITION_10)).isFalse();
  }
}
