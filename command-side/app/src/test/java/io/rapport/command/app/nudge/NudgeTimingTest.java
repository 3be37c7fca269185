package io.rapport.command.app.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.nudge.NudgePolicy;
import io.rapport.command.api.nudge.NudgeRule;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NudgeTimingTest {

  private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

  @Test
  void eachRuleIsDueAsTheTenantsPolicySays() {
    NudgeTiming timing = new NudgeTiming(new NudgePolicy(Map.of(), 48, 4, 10), 24);
    assertThat(timing.due(NudgeRule.PREPARE_FOR_CHAT, AT, null))
        .isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    assertThat(timing.due(NudgeRule.THANK_YOU_DUE, AT, null))
        .isEqualTo(Instant.parse("2026-12-04T06:00:00Z"));
    assertThat(timing.due(NudgeRule.THANK_YOU_OVERDUE, AT, null))
        .isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
    assertThat(timing.due(NudgeRule.TOUCHPOINT_DUE, AT, 30))
        .isEqualTo(Instant.parse("2027-01-02T10:00:00Z"));
    assertThat(timing.due(NudgeRule.CONNECTION_FOLLOW_UP, AT, null))
        .isEqualTo(Instant.parse("2026-12-13T10:00:00Z"));
    assertThat(timing.sendUntil(NudgeRule.THANK_YOU_DUE, AT, null))
        .isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
    assertThat(timing.sendUntil(NudgeRule.THANK_YOU_OVERDUE, AT, null))
        .isEqualTo(Instant.parse("2026-12-11T10:00:00Z"));
  }

  @Test
  void theDigestIsOnMondayAtEightInTheCoachsZone() {
    // Thursday 3 December 2026: the next Monday is 7 December
    assertThat(NudgeTiming.nextDigest(AT, ZoneId.of("America/New_York")))
        .isEqualTo(Instant.parse("2026-12-07T13:00:00Z"));
    assertThat(NudgeTiming.nextDigest(AT, ZoneId.of("Pacific/Auckland")))
        .isEqualTo(Instant.parse("2026-12-06T19:00:00Z"));
    Instant mondayEight = Instant.parse("2026-12-07T08:00:00Z");
    assertThat(NudgeTiming.nextDigest(mondayEight, ZoneId.of("UTC"))).isEqualTo(mondayEight);
    assertThat(NudgeTiming.weekOf(mondayEight, ZoneId.of("UTC"))).isEqualTo("2026-W50");
  }
}
