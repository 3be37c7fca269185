package io.rapport.query.app.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.query.api.projection.RebuildProgressView;
import io.rapport.query.api.projection.RebuildState;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RebuildRunTest {

  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  private final RebuildRun run = new RebuildRun(Map.of("timelines", 2), 1000, START);

  @Test
  void countsThePositionReachedAndEstimatesTheRest() {
    RebuildProgressView view = run.view("timelines", 400, START.plusSeconds(4));

    assertThat(view.state()).isEqualTo(RebuildState.RUNNING);
    assertThat(view.eventsDone()).isEqualTo(400);
    assertThat(view.eventsTotal()).isEqualTo(1000);
    assertThat(view.eventsPerSecond()).isEqualTo(100.0);
    assertThat(view.etaSeconds()).isEqualTo(6);
  }

  @Test
  void countsNothingBeforeTheProcessorClaimedItsSegment() {
    assertThat(run.view("timelines", -1, START.plusSeconds(1)).eventsDone()).isZero();
  }

  @Test
  void staysRunningAtTheHeadUntilTheNewGenerationIsLive() {
    RebuildProgressView atHead = run.view("timelines", 1200, START.plusSeconds(5));

    assertThat(atHead.state()).isEqualTo(RebuildState.RUNNING);
    assertThat(atHead.eventsDone()).isEqualTo(1000);
    assertThat(run.finished()).isFalse();
  }

  @Test
  void isDoneOnceSwitchedAndStaysAsItWasThen() {
    run.view("timelines", 500, START.plusSeconds(5));
    run.switched(START.plusSeconds(10));

    RebuildProgressView done = run.view("timelines", 2000, START.plusSeconds(10));
    RebuildProgressView later = run.view("timelines", 3000, START.plusSeconds(60));

    assertThat(done.state()).isEqualTo(RebuildState.DONE);
    assertThat(done.eventsDone()).isEqualTo(done.eventsTotal()).isEqualTo(1000);
    assertThat(done.etaSeconds()).isNull();
    assertThat(done.finishedAt()).isEqualTo(START.plusSeconds(10));
    assertThat(later).isEqualTo(done);
    assertThat(run.running()).isFalse();
  }
}
