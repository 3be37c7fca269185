package io.rapport.query.app.projection;

import static io.rapport.query.app.ProjectionFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.tenant.TenantKind;
import io.rapport.command.api.tenant.TenantOnboardedEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import io.rapport.query.api.tenant.FetchTenantsQuery;
import io.rapport.query.api.tenant.FindTenantQuery;
import io.rapport.query.api.tenant.TenantList;
import io.rapport.query.api.tenant.TenantView;
import io.rapport.query.app.Actor;
import io.rapport.query.app.Ids;
import io.rapport.query.app.ProjectionFixture;
import io.rapport.query.app.ProjectionTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The tenants read model: what platform staff see of the tenants they onboarded. */
@ProjectionTest
class TenantProjectionTest {

  private static final Actor STAFF = Actor.platformAdmin("staff-1");

  @Autowired ProjectionFixture fixture;

  @Test
  void anOnboardedTenantIsListedWithTheWindowItSetLast() {
    String tenant = Ids.of("tenant");
    fixture.given(
        STAFF,
        new TenantOnboardedEvent(tenant, "Northfield", TenantKind.UNIVERSITY, 24, "north.edu"),
        new ThankYouWindowSetEvent(tenant, 36, 24),
        new ThankYouWindowSetEvent(tenant, 48, 36));

    TenantView view = fixture.answer(STAFF, new FindTenantQuery(tenant), TenantView.class);

    assertThat(view)
        .isEqualTo(new TenantView(tenant, "Northfield", "UNIVERSITY", "north.edu", 48, NOW, true));
    assertThat(fixture.answer(STAFF, new FetchTenantsQuery(), TenantList.class).items())
        .contains(view);
  }

  @Test
  void redeliveryChangesNothing() {
    long before = fixture.head();
    String tenant = Ids.of("tenant");
    fixture.given(
        STAFF,
        new TenantOnboardedEvent(tenant, "Codeworks", TenantKind.BOOTCAMP, 24, "codeworks.io"),
        new ThankYouWindowSetEvent(tenant, 12, 24));
    TenantView first = fixture.answer(STAFF, new FindTenantQuery(tenant), TenantView.class);
    TenantList all = fixture.answer(STAFF, new FetchTenantsQuery(), TenantList.class);

    fixture.redeliverSince(before);

    assertThat(fixture.answer(STAFF, new FindTenantQuery(tenant), TenantView.class))
        .isEqualTo(first);
    assertThat(fixture.answer(STAFF, new FetchTenantsQuery(), TenantList.class)).isEqualTo(all);
    assertThat(first.thankYouWindowHours()).isEqualTo(12);
  }

  @Test
  void noOneButPlatformStaffSeesTenants() {
    String tenant = Ids.of("tenant");
    fixture.given(
        STAFF, new TenantOnboardedEvent(tenant, "Westbrook", TenantKind.UNIVERSITY, 24, null));
    Actor admin = Actor.tenantAdmin(tenant, "admin-1");

    assertThat(fixture.query(admin, new FindTenantQuery(tenant), TenantView.class)).isEmpty();
    assertThat(fixture.answer(admin, new FetchTenantsQuery(), TenantList.class).items()).isEmpty();
  }
}
