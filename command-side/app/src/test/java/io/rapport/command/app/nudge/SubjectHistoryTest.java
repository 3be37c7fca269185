package io.rapport.command.app.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubjectHistoryTest {

  @Test
  void aStartKeptToTheMicrosecondIsTheSameStartWhicheverWayItWasRounded() {
    Instant start = Instant.parse("2026-12-04T08:00:00.123456789Z");
    // PostgreSQL rounds to the nearest microsecond
    assertThat(SubjectHistory.sameInstant(start, Instant.parse("2026-12-04T08:00:00.123457Z")))
        .isTrue();
    assertThat(SubjectHistory.sameInstant(start, Instant.parse("2026-12-04T08:00:00.123456Z")))
        .isTrue();
    assertThat(SubjectHistory.sameInstant(start, Instant.parse("2026-12-04T09:00:00.123457Z")))
        .isFalse();
  }
}
