package io.rapport.command.app.tenant;

import static io.rapport.command.app.Fixtures.invalid;
import static io.rapport.command.app.Fixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.Refusal;
import io.rapport.command.api.Stamp;
import io.rapport.command.api.tenant.OnboardTenantCommand;
import io.rapport.command.api.tenant.OrganizationCreation;
import io.rapport.command.api.tenant.SetThankYouWindowCommand;
import io.rapport.command.api.tenant.TenantKind;
import io.rapport.command.api.tenant.TenantOnboardedEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import io.rapport.command.app.Fixtures;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantTest {

  static final TenantOnboardedEvent ONBOARDED =
      new TenantOnboardedEvent("acme-u", "Acme University", TenantKind.UNIVERSITY, 24, null);

  private AggregateTestFixture<Tenant> fixture;
  private FakeDirectory directory;

  @BeforeEach
  void setUp() {
    fixture = Fixtures.fixture(Tenant.class);
    directory = new FakeDirectory();
    fixture.registerAnnotatedCommandHandler(
        new OnboardTenantHandler(fixture.getRepository(), directory));
  }

  static MetaData platformAdmin() {
    return MetaData.from(
        Map.of(
            Stamp.USER_ID.key(), "pat",
            Stamp.ROLES.key(), List.of("platform-admin"),
            Stamp.CORRELATION_ID.key(), "test"));
  }

  static OnboardTenantCommand onboard(String tenantId, String name, Integer hours) {
    return new OnboardTenantCommand(tenantId, name, TenantKind.UNIVERSITY, hours, null);
  }

  @Test
  void canOnboardATenantWithTheDefaultWindow() {
    fixture
        .givenNoPriorActivity()
        .when(onboard("acme-u", "  Acme University ", null), platformAdmin())
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload("acme-u")
        .expectEvents(ONBOARDED);
    assertThat(directory.created).containsExactly("acme-u");
  }

  @Test
  void canOnboardATenantWithItsOwnWindowAndDomain() {
    fixture
        .givenNoPriorActivity()
        .when(
            new OnboardTenantCommand(
                "south-camp", "South Camp", TenantKind.BOOTCAMP, 48, "South.Example"),
            platformAdmin())
        .expectEvents(
            new TenantOnboardedEvent(
                "south-camp", "South Camp", TenantKind.BOOTCAMP, 48, "south.example"));
  }

  @Test
  void cannotOnboardWithoutThePlatformAdminRole() {
    fixture
        .givenNoPriorActivity()
        .when(onboard("acme-u", "Acme University", null), Fixtures.ada())
        .expectNoEvents()
        .expectException(CommandExecutionException.class)
        .expectException(refusal(Refusal.Kind.NOT_FOUND, "not-found"));
    assertThat(directory.created).isEmpty();
  }

  @Test
  void cannotOnboardAnExistingTenant() {
    fixture
        .given(ONBOARDED)
        .when(onboard("acme-u", "Acme Again", null), platformAdmin())
        .expectNoEvents()
        .expectException(refusal(Refusal.Kind.CONFLICT, "tenant-exists"));
    assertThat(directory.created).isEmpty();
  }

  @Test
  void cannotOnboardATenantWhoseOrganizationExists() {
    directory.answer = OrganizationCreation.taken("alias taken");
    fixture
        .givenNoPriorActivity()
        .when(onboard("northfield-university", "Northfield", null), platformAdmin())
        .expectNoEvents()
        .expectException(refusal(Refusal.Kind.CONFLICT, "tenant-exists"));
  }

  @Test
  void cannotOnboardATenantWhoseOrganizationIsRefused() {
    directory.answer = OrganizationCreation.refused("domain linked elsewhere");
    fixture
        .givenNoPriorActivity()
        .when(onboard("acme-u", "Acme University", null), platformAdmin())
        .expectNoEvents()
        .expectException(refusal(Refusal.Kind.CONFLICT, "organization-refused"));
  }

  @Test
  void cannotOnboardWithABadTenantId() {
    for (String id : new String[] {null, "a", "Acme", "-acme", "acme_u", "a".repeat(64)}) {
      fixture
          .givenNoPriorActivity()
          .when(onboard(id, "Acme", null), platformAdmin())
          .expectNoEvents()
          .expectException(invalid("tenantId"));
    }
    assertThat(directory.created).isEmpty();
  }

  @Test
  void cannotOnboardWithoutAName() {
    fixture
        .givenNoPriorActivity()
        .when(onboard("acme-u", "   ", null), platformAdmin())
        .expectNoEvents()
        .expectException(invalid("name"));
  }

  @Test
  void cannotOnboardWithoutAKind() {
    fixture
        .givenNoPriorActivity()
        .when(new OnboardTenantCommand("acme-u", "Acme", null, null, null), platformAdmin())
        .expectNoEvents()
        .expectException(invalid("kind"));
  }

  @Test
  void cannotOnboardWithAWindowOutsideOneHourToAWeek() {
    for (int hours : new int[] {0, -1, 169}) {
      fixture
          .givenNoPriorActivity()
          .when(onboard("acme-u", "Acme", hours), platformAdmin())
          .expectNoEvents()
          .expectException(invalid("thankYouWindowHours"));
    }
  }

  @Test
  void cannotOnboardWithABadDomain() {
    fixture
        .givenNoPriorActivity()
        .when(
            new OnboardTenantCommand("acme-u", "Acme", TenantKind.BOOTCAMP, null, "not a domain"),
            platformAdmin())
        .expectNoEvents()
        .expectException(invalid("domain"));
  }

  @Test
  void canSetTheThankYouWindow() {
    fixture
        .given(ONBOARDED)
        .when(new SetThankYouWindowCommand("acme-u", 72), platformAdmin())
        .expectEvents(new ThankYouWindowSetEvent("acme-u", 72, 24));
  }

  @Test
  void settingTheSameWindowChangesNothing() {
    fixture
        .given(ONBOARDED, new ThankYouWindowSetEvent("acme-u", 72, 24))
        .when(new SetThankYouWindowCommand("acme-u", 72), platformAdmin())
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void cannotSetAWindowOutsideOneHourToAWeek() {
    for (Integer hours : new Integer[] {null, 0, 169}) {
      fixture
          .given(ONBOARDED)
          .when(new SetThankYouWindowCommand("acme-u", hours), platformAdmin())
          .expectNoEvents()
          .expectException(invalid("hours"));
    }
  }

  @Test
  void cannotSetTheWindowWithoutThePlatformAdminRole() {
    fixture
        .given(ONBOARDED)
        .when(
            new SetThankYouWindowCommand("acme-u", 48),
            Fixtures.stamp("acme-u", "dan").mergedWith(Map.of(Stamp.ROLES.key(), List.of())))
        .expectNoEvents()
        .expectException(refusal(Refusal.Kind.NOT_FOUND, "not-found"));
  }
}
