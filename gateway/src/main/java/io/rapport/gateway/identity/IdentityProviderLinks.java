package io.rapport.gateway.identity;

import io.rapport.command.api.tenant.IdentityProviderLink;
import java.util.Optional;

/**
 * The identity provider linked to each tenant, as the identity provider Rapport signs in with holds
 * it (also one linked there directly). The application supplies it; the call blocks.
 */
public interface IdentityProviderLinks {

  /** The tenant's provider, never with its secret; empty when none is linked. */
  Optional<IdentityProviderLink> linked(String tenantId);
}
