package io.rapport.command.app.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.tenant.TenantKind;
import io.rapport.command.api.tenant.TenantOnboardedEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import io.rapport.command.app.chat.ThankYouWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * A tenant's window comes from its own stream in the event store when first asked about, and from
 * the events followed after that; the later event wins whichever way it came.
 */
class TenantPoliciesTest {

  private final EmbeddedEventStore store =
      EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
  private final TenantPolicies windows =
      new TenantPolicies(
          new StaticListableBeanFactory(Map.of("eventStore", store))
              .getBeanProvider(EventStore.class));

  @AfterEach
  void stop() {
    store.shutDown();
  }

  @Test
  void anUnknownTenantHasTheDefaultWindow() {
    assertThat(windows.hoursFor("northfield-university")).isEqualTo(24);
    assertThat(windows.hoursFor(null)).isEqualTo(ThankYouWindow.DEFAULT_HOURS);
  }

  @Test
  void aTenantOnboardedBeforeTheStartIsReadFromItsOwnStream() {
    stored("acme-u", 0, onboarded("acme-u", 48));
    stored("acme-u", 1, new ThankYouWindowSetEvent("acme-u", 36, 48));
    stored("other-u", 0, onboarded("other-u", 12));

    assertThat(windows.hoursFor("acme-u")).isEqualTo(36);
    assertThat(windows.hoursFor("other-u")).isEqualTo(12);
    assertThat(windows.hoursFor("third-u")).isEqualTo(24);
  }

  @Test
  void aWindowChangedAfterTheFirstQuestionReplacesTheOneRead() {
    stored("acme-u", 0, onboarded("acme-u", 48));
    assertThat(windows.hoursFor("acme-u")).isEqualTo(48);

    windows.on(new ThankYouWindowSetEvent("acme-u", 12, 48), 1);

    assertThat(windows.hoursFor("acme-u")).isEqualTo(12);
  }

  @Test
  void aTenantOnboardedAfterItWasAskedAboutGetsItsWindow() {
    assertThat(windows.hoursFor("late-u")).isEqualTo(24);

    windows.on(onboarded("late-u", 72), 0);

    assertThat(windows.hoursFor("late-u")).isEqualTo(72);
  }

  @Test
  void anEarlierEventFollowedLateNeverReplacesALaterOneRead() {
    stored("acme-u", 0, onboarded("acme-u", 48));
    stored("acme-u", 1, new ThankYouWindowSetEvent("acme-u", 12, 48));
    assertThat(windows.hoursFor("acme-u")).isEqualTo(12);

    windows.on(onboarded("acme-u", 48), 0);

    assertThat(windows.hoursFor("acme-u")).isEqualTo(12);
  }

  @Test
  void aThankYouThirtyHoursAfterTheMeetingIsOnTimeInAFortyEightHourTenant() {
    windows.on(onboarded("acme-u", 48), 0);
    Instant meeting = Instant.parse("2026-11-20T15:00:00Z");
    Instant thankYou = meeting.plus(Duration.ofHours(30));

    Duration window = Duration.ofHours(windows.hoursFor("acme-u"));
    assertThat(Duration.between(meeting, thankYou)).isLessThanOrEqualTo(window);
    // and the same thank-you would be late under the default window
    assertThat(Duration.between(meeting, thankYou))
        .isGreaterThan(Duration.ofHours(windows.hoursFor("northfield-university")));
  }

  private static TenantOnboardedEvent onboarded(String tenant, int hours) {
    return new TenantOnboardedEvent(tenant, "Acme", TenantKind.UNIVERSITY, hours, null);
  }

  private void stored(String tenant, long sequence, Object event) {
    store.publish(new GenericDomainEventMessage<>("Tenant", tenant, sequence, event));
  }
}
