package io.rapport.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The fault harness against the real application: its short version here ({@code faults.cycles}
 * kills, one outage of each part of {@code faults.outage}); {@code ./faults.sh} runs the long one.
 * Not one violation is allowed.
 */
class CrashSafetyIT {

  @Test
  void theApplicationSurvivesKillsAndOutagesWithoutLosingOrBreakingAnything() throws Exception {
    FaultHarness.Settings settings =
        new FaultHarness.Settings(
            Path.of(System.getProperty("faults.jar")),
            Path.of(System.getProperty("faults.work")),
            Integer.getInteger("faults.cycles", 3),
            Duration.parse("PT" + System.getProperty("faults.outage", "15s").toUpperCase()),
            Boolean.getBoolean("faults.disk-full"));
    FaultHarness.Outcome outcome = new FaultHarness(settings).run();
    System.out.println(outcome.report());
    assertThat(outcome.violations()).as(outcome.report()).isZero();
  }
}
