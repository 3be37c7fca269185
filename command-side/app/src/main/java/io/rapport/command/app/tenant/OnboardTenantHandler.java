package io.rapport.command.app.tenant;

import io.rapport.command.api.tenant.OnboardTenantCommand;
import io.rapport.command.api.tenant.OrganizationCreation;
import io.rapport.command.app.shared.Refusals;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Onboards a tenant: the organization in the identity provider first, then the {@link Tenant}.
 *
 * <p>It is a command handler outside the aggregate because creating the organization is a remote
 * call, and aggregates do no I/O. The order makes the identity provider the arbiter of a race: of
 * two onboardings of the same id that both find no tenant recorded, only one gets the organization,
 * and the other is refused as {@code tenant-exists}. Should recording the tenant fail after the
 * organization was created (the unit of work rolls back), the organization is removed again, so
 * that a retry is not refused by a leftover. This is simpler than a saga, and the caller learns the
 * outcome in the response.
 */
@Component
class OnboardTenantHandler {

  private static final Logger log = LoggerFactory.getLogger(OnboardTenantHandler.class);

  private final Repository<Tenant> tenants;
  private final OrganizationDirectory organizations;

  OnboardTenantHandler(Repository<Tenant> tenants, OrganizationDirectory organizations) {
    this.tenants = tenants;
    this.organizations = organizations;
  }

  /** Returns the new tenant's id. */
  @CommandHandler
  String handle(OnboardTenantCommand command, MetaData metaData) throws Exception {
    PlatformStaff.ensure(metaData);
    TenantProfile profile = TenantProfile.of(command);
    if (isRecorded(profile.tenantId())) {
      throw exists("Tenant " + profile.tenantId() + " exists already.");
    }
    OrganizationCreation creation =
        organizations.create(profile.tenantId(), profile.name(), profile.kind(), profile.domain());
    switch (creation.outcome()) {
      case TAKEN ->
          throw exists(
              "The identity provider has an organization with this id or name: "
                  + creation.detail());
      case REFUSED -> throw Refusals.conflict("organization-refused", creation.detail());
      case CREATED ->
          CurrentUnitOfWork.get().onRollback(u -> remove(creation.organizationId(), profile));
    }
    tenants.newInstance(() -> new Tenant(profile));
    return profile.tenantId();
  }

  private boolean isRecorded(String tenantId) {
    try {
      tenants.load(tenantId);
      return true;
    } catch (AggregateNotFoundException e) {
      return false;
    }
  }

  private static RuntimeException exists(String detail) {
    return Refusals.conflict("tenant-exists", detail);
  }

  private void remove(String organizationId, TenantProfile profile) {
    try {
      organizations.remove(organizationId);
      log.warn("Removed organization {} again: tenant could not be recorded", profile.tenantId());
    } catch (RuntimeException e) {
      log.error(
          "Tenant {} was not recorded, and its organization {} could not be removed; remove it by"
              + " hand before onboarding again",
          profile.tenantId(),
          organizationId,
          e);
    }
  }
}
