package io.rapport.command.app.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.nudge.QuietHours;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietTimeTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Test
  void quietHoursAcrossMidnightEndTheNextMorningOrThisMorning() {
    QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
    // 22:30 in Tokyo
    assertThat(QuietTime.endOf(night, TOKYO, Instant.parse("2026-12-03T13:30:00Z")))
        .contains(Instant.parse("2026-12-03T23:00:00Z"));
    // 06:00 in Tokyo
    assertThat(QuietTime.endOf(night, TOKYO, Instant.parse("2026-12-03T21:00:00Z")))
        .contains(Instant.parse("2026-12-03T23:00:00Z"));
    // 12:00 in Tokyo
    assertThat(QuietTime.endOf(night, TOKYO, Instant.parse("2026-12-03T03:00:00Z"))).isEmpty();
  }

  @Test
  void quietHoursWithinADayAndNoneAtAll() {
    QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
    assertThat(QuietTime.endOf(lunch, ZoneId.of("UTC"), Instant.parse("2026-12-03T12:30:00Z")))
        .contains(Instant.parse("2026-12-03T13:00:00Z"));
    assertThat(QuietTime.endOf(lunch, ZoneId.of("UTC"), Instant.parse("2026-12-03T13:00:00Z")))
        .isEmpty();
    QuietHours none = new QuietHours(LocalTime.of(9, 0), LocalTime.of(9, 0));
    assertThat(QuietTime.endOf(none, ZoneId.of("UTC"), Instant.parse("2026-12-03T09:00:00Z")))
        .isEmpty();
  }
}
