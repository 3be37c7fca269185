package io.rapport.query.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.tenant.TenantKind;
import io.rapport.command.api.tenant.TenantOnboardedEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import io.rapport.query.app.store.TenantId;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

/** Which chains an event joins, and who reads which chain. */
class AuditChainsTest {

  private static final TenantId NORTHFIELD = new TenantId("northfield-university");
  private static final MetaData PAT =
      MetaData.from(Map.of("userId", "u-pat", "roles", List.of("platform-admin")));

  @Test
  void anEventOfATenantJoinsThatTenantsChainOnly() {
    MetaData ada =
        MetaData.from(
            Map.of("tenantId", NORTHFIELD.value(), "userId", "u-ada", "roles", List.of("student")));

    assertThat(AuditChains.of(new ThankYouWindowSetEvent("southside-bootcamp", 48, 24), ada))
        .containsExactly(NORTHFIELD);
  }

  @Test
  void anEventOfPlatformStaffJoinsTheTenantsChainAndThePlatforms() {
    assertThat(
            AuditChains.of(
                new TenantOnboardedEvent("t-acme", "Acme", TenantKind.BOOTCAMP, 24, "acme.example"),
                PAT))
        .containsExactly(new TenantId("t-acme"), AuditChains.PLATFORM);
    assertThat(AuditChains.of(new ThankYouWindowSetEvent("t-acme", 48, 24), PAT))
        .containsExactly(new TenantId("t-acme"), AuditChains.PLATFORM);
  }

  @Test
  void anEventWithoutATenantThatNamesNoneJoinsThePlatformsChain() {
    assertThat(AuditChains.of("not a record", MetaData.emptyInstance()))
        .containsExactly(AuditChains.PLATFORM);
    assertThat(AuditChains.of(new ThankYouWindowSetEvent(" ", 48, 24), PAT))
        .containsExactly(AuditChains.PLATFORM);
  }

  @Test
  void aTenantAdminReadsTheTenantsChainAndPlatformStaffThePlatforms() {
    assertThat(AuditChains.readableBy(stamp("northfield-university", "tenant-admin")))
        .contains(NORTHFIELD);
    assertThat(AuditChains.readableBy(PAT)).contains(AuditChains.PLATFORM);
  }

  @Test
  void noOneElseReadsAChainAndNoTenantReadsThePlatforms() {
    assertThat(AuditChains.readableBy(stamp("northfield-university", "student"))).isEmpty();
    assertThat(AuditChains.readableBy(stamp("northfield-university", "platform-admin"))).isEmpty();
    assertThat(AuditChains.readableBy(stamp("_platform", "tenant-admin"))).isEmpty();
    assertThat(AuditChains.readableBy(MetaData.from(Map.of("roles", List.of("tenant-admin")))))
        .isEmpty();
    assertThat(AuditChains.readableBy(MetaData.emptyInstance())).isEmpty();
  }

  private static MetaData stamp(String tenant, String role) {
    return MetaData.from(Map.of("tenantId", tenant, "userId", "u-1", "roles", List.of(role)));
  }
}
