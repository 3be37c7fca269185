package io.rapport.query.app.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.query.app.store.ReadModels;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class ProcessorFailuresTest {

  private final MovableClock clock = new MovableClock();
  private final StaticListableBeanFactory none = new StaticListableBeanFactory();
  private final ProcessorFailures failures =
      new ProcessorFailures(
          none.getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class),
          none.getBeanProvider(Rebuilds.class),
          new ReadModels(Map.of("relationships", List.of("relationships"))),
          clock);

  @Test
  void aReadModelShowsTheLaterOfItsRebuildsFailureAndItsSharedProcessorsFailure() {
    processorFails(new IllegalStateException("store away"));
    clock.later();
    failures.rebuildFailed(List.of("relationships"), new IllegalArgumentException("no key"));

    var shown = failures.ofReadModel("relationships", "read-models");
    assertThat(shown.lastCause()).contains("IllegalArgumentException");
    assertThat(shown.count()).isEqualTo(2);
    assertThat(failures.ofReadModel("audit", "read-models").lastCause())
        .as("another read model of the same processor is not told of this rebuild")
        .contains("IllegalStateException");

    clock.later();
    processorFails(new UnsupportedOperationException("again"));
    assertThat(failures.ofReadModel("relationships", "read-models").lastCause())
        .contains("UnsupportedOperationException");
  }

  @Test
  void aSegmentThatKeepsFailingIsNotHiddenByAnotherHandlingItsBatches() {
    failures.batchFailed("read-models", 1);
    processorFails(new IllegalStateException("store away"));
    failures.succeeded("read-models", 0);
    assertThat(failures.failing("read-models")).isTrue();

    failures.succeeded("read-models", 1);
    assertThat(failures.failing("read-models")).isFalse();
    assertThat(failures.of("read-models").count()).as("what failed stays on record").isEqualTo(1);
  }

  @Test
  void aProcessorOfItsOwnShowsItsOwnFailuresOnce() {
    failures.rebuildFailed(List.of("contact-names"), new IllegalStateException("x"));
    assertThat(failures.ofReadModel("contact-names", "contact-names").count()).isEqualTo(1);
  }

  private void processorFails(Exception error) {
    assertThatThrownBy(
            () ->
                failures.handleError(
                    new ErrorContext("read-models", error, List.<EventMessage<?>>of())))
        .isSameAs(error);
  }

  /** A clock that moves a second forward when told to. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void later() {
      now = now.plusSeconds(1);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
