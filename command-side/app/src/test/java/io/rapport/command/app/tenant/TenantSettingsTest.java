package io.rapport.command.app.tenant;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.nudge.NudgePolicy;
import io.rapport.command.api.nudge.NudgeRule;
import io.rapport.command.api.tenant.ChangeTenantSettingsCommand;
import io.rapport.command.api.tenant.TenantSettingsChangedEvent;
import io.rapport.command.app.Fixtures;
import io.rapport.command.app.nudge.NudgePolicyRules;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
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
            new ChangeTenantSettingsCommand("northfield-university", 48, 30, null),
            as("northfield-university", "tenant-admin"))
        .expectEvents(
            new TenantSettingsChangedEvent(
                "northfield-university",
                48,
                30,
                NudgePolicyRules.checked(NudgePolicy.DEFAULT, 48)));
  }

  @Test
  void settingTheSamePoliciesAgainChangesNothing() {
    fixture
        .given(new TenantSettingsChangedEvent("northfield-university", 48, 30, null))
        .when(
            new ChangeTenantSettingsCommand("northfield-university", 48, 30, null),
            as("northfield-university", "tenant-admin"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void windowAndCadenceOutOfBoundsAreRefused() {
    fixture
        .givenNoPriorActivity()
        .when(
            new ChangeTenantSettingsCommand("northfield-university", 11, 30, null),
            as("northfield-university", "tenant-admin"))
        .expectException(Fixtures.invalid("thankYouWindowHours"));
    fixture
        .givenNoPriorActivity()
        .when(
            new ChangeTenantSettingsCommand("northfield-university", 24, 366, null),
            as("northfield-university", "tenant-admin"))
        .expectException(Fixtures.invalid("defaultCadenceDays"));
  }

  @Test
  void onlyTheTenantsOwnAdminsMay() {
    fixture
        .givenNoPriorActivity()
        .when(
            new ChangeTenantSettingsCommand("northfield-university", 48, 30, null),
            as("southside-bootcamp", "tenant-admin"))
        .expectException(Fixtures.notFound());
    fixture
        .givenNoPriorActivity()
        .when(
            new ChangeTenantSettingsCommand("northfield-university", 48, 30, null),
            as("northfield-university", "coach"))
        .expectException(Fixtures.notFound());
  }

  @Test
  void aTenantAdminSwitchesARuleOffAndMovesAThreshold() {
    NudgePolicy changed = new NudgePolicy(Map.of(NudgeRule.TOUCHPOINT_DUE, false), 48, 6, 21);
    fixture
        .given(new TenantSettingsChangedEvent("northfield-university", 48, 30, null))
        .when(
            new ChangeTenantSettingsCommand("northfield-university", 48, 30, changed),
            as("northfield-university", "tenant-admin"))
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        event ->
                            event instanceof TenantSettingsChangedEvent settings
                                && !settings.nudges().isOn(NudgeRule.TOUCHPOINT_DUE)
                                && settings.nudges().isOn(NudgeRule.THANK_YOU_DUE)
                                && settings.nudges().prepareHoursBefore() == 48
                                && settings.nudges().connectionFollowUpDays() == 21),
                    Matchers.andNoMore())));
  }

  @Test
  void nudgeThresholdsOutOfBoundsAreRefused() {
    fixture
        .givenNoPriorActivity()
        .when(
            new ChangeTenantSettingsCommand(
                "northfield-university", 24, 30, new NudgePolicy(Map.of(), 73, 6, 14)),
            as("northfield-university", "tenant-admin"))
        .expectException(Fixtures.invalid("nudges.prepareHoursBefore"));
    fixture
        .givenNoPriorActivity()
        .when(
            new ChangeTenantSettingsCommand(
                "northfield-university", 12, 30, new NudgePolicy(Map.of(), 24, 12, 14)),
            as("northfield-university", "tenant-admin"))
        .expectException(Fixtures.invalid("nudges.thankYouDueHoursBefore"));
    fixture
        .givenNoPriorActivity()
        .when(
            new ChangeTenantSettingsCommand(
                "northfield-university", 24, 30, new NudgePolicy(Map.of(), 24, 6, 2)),
            as("northfield-university", "tenant-admin"))
        .expectException(Fixtures.invalid("nudges.connectionFollowUpDays"));
  }
}
