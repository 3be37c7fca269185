package io.rapport.command.app.tenant;

import io.rapport.command.api.tenant.OrganizationCreation;
import io.rapport.command.api.tenant.TenantKind;

/**
 * The identity provider's organizations, one per tenant, named by the tenant id as alias. The
 * command side creates a tenant's organization while onboarding the tenant, and removes it again
 * when the onboarding fails after all; the application supplies the implementation (Keycloak's
 * admin API). Implementations block on remote calls, so no aggregate calls them.
 */
public interface OrganizationDirectory {

  /**
   * Creates the organization of a new tenant.
   *
   * @param domain an internet domain of the organization, or null for none
   * @return how the identity provider answered; a failure to reach it is thrown
   */
  OrganizationCreation create(String alias, String name, TenantKind kind, String domain);

  /** Removes the organization with the given id, as returned by {@link #create}. */
  void remove(String organizationId);
}
