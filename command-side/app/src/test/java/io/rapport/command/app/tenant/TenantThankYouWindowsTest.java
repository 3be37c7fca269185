package io.rapport.command.app.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.tenant.TenantKind;
import io.rapport.command.api.tenant.TenantOnboardedEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import io.rapport.command.app.chat.ThankYouWindow;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantThankYouWindowsTest {

  private final TenantThankYouWindows windows = new TenantThankYouWindows();

  @Test
  void anUnknownTenantHasTheDefaultWindow() {
    assertThat(windows.hoursFor("northfield-university")).isEqualTo(24);
    assertThat(windows.hoursFor(null)).isEqualTo(ThankYouWindow.DEFAULT_HOURS);
  }

  @Test
  void anOnboardedTenantHasItsOwnWindow() {
    windows.on(new TenantOnboardedEvent("acme-u", "Acme", TenantKind.UNIVERSITY, 48, null));

    assertThat(windows.hoursFor("acme-u")).isEqualTo(48);
    assertThat(windows.hoursFor("other")).isEqualTo(24);
  }

  @Test
  void aThankYouThirtyHoursAfterTheMeetingIsOnTimeInAFortyEightHourTenant() {
    windows.on(new TenantOnboardedEvent("acme-u", "Acme", TenantKind.UNIVERSITY, 48, null));
    Instant meeting = Instant.parse("2026-11-20T15:00:00Z");
    Instant thankYou = meeting.plus(Duration.ofHours(30));

    Duration window = Duration.ofHours(windows.hoursFor("acme-u"));
    assertThat(Duration.between(meeting, thankYou)).isLessThanOrEqualTo(window);
    // and the same thank-you would be late under the default window
    assertThat(Duration.between(meeting, thankYou))
        .isGreaterThan(Duration.ofHours(windows.hoursFor("northfield-university")));
  }

  @Test
  void aChangedWindowReplacesTheOldOne() {
    windows.on(new TenantOnboardedEvent("acme-u", "Acme", TenantKind.UNIVERSITY, 48, null));
    windows.on(new ThankYouWindowSetEvent("acme-u", 12, 48));

    assertThat(windows.hoursFor("acme-u")).isEqualTo(12);
  }
}
