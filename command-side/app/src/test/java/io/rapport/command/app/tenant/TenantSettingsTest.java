package io.rapport.command.app.tenant;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.tenant.ChangeTenantSettingsCommand;
import io.rapport.command.api.tenant.TenantSettingsChangedEvent;
import io.rapport.command.app.Fixtures;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant-admin sets the tenant's own policies, also for a tenant set up in the identity provider
 * directly; nobody else may, and values out of bounds are refused.
 */
class TenantSettingsTest {

  private AggregateTestFixture<Tenant> fixture;

  @BeforeEach
  void setUp() {
    fixture = Fixtures.fixture(Tenant.class);
  }

  static MetaData as(String tenant, String role) {
    return MetaData.from(
        Map.of(
            Stamp.TENANT_ID.key(),
            tenant,
            Stamp.USER_ID.key(),
            "someone",
            Stamp.ROLES.key(),
            List.of(role),
            Stamp.CORRELATION_ID.key(),
            "test"));
  }

  @Test
  void aTenantAdminSetsThePoliciesOfATenantNeverOnboardedThroughRapport() {
    fixture
        .givenNoPriorActivity()
        .when(
            new ChangeTenantSettingsCommand("northfield-university", 48, 30),
            as("northfield-university", "tenant-admin"))
        .expectEvents(new TenantSettingsChangedEvent("northfield-university", 48, 30));
  }

  @Test
  void settingTheSamePoliciesAgainChangesNothing() {
    fixture
        .given(new TenantSettingsChangedEvent("northfield-university", 48, 30))
        .when(
            new ChangeTenantSettingsCommand("northfield-university", 48, 30),
            as("northfield-university", "tenant-admin"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void windowAndCadenceOutOfBoundsAreRefused() {
    fixture
        .givenNoPriorActivity()
        .when(
            new ChangeTenantSettingsCommand("northfield-university", 11, 30),
            as("northfield-university", "tenant-admin"))
        .expectException(Fixtures.invalid("thankYouWindowHours"));
    fixture
        .givenNoPriorActivity()
        .when(
            new ChangeTenantSettingsCommand("northfield-university", 24, 366),
            as("northfield-university", "tenant-admin"))
        .expectException(Fixtures.invalid("defaultCadenceDays"));
  }

  @Test
  void onlyTheTenantsOwnAdminsMay() {
    fixture
        .givenNoPriorActivity()
        .when(
            new ChangeTenantSettingsCommand("northfield-university", 48, 30),
            as("southside-bootcamp", "tenant-admin"))
        .expectException(Fixtures.notFound());
    fixture
        .givenNoPriorActivity()
        .when(
            new ChangeTenantSettingsCommand("northfield-university", 48, 30),
            as("northfield-university", "coach"))
        .expectException(Fixtures.notFound());
  }
}
