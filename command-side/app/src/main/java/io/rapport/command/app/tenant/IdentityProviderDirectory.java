package io.rapport.command.app.tenant;

import io.rapport.command.api.tenant.IdentityProviderKind;
import io.rapport.command.api.tenant.IdentityProviderLink;
import java.util.List;
import java.util.Optional;

/**
 * The identity providers of the tenants' organizations in the identity provider Rapport signs in
 * with (Keycloak: identity brokering). The application supplies the implementation; every call
 * blocks.
 */
public interface IdentityProviderDirectory {

  /** What the identity provider said to a link. */
  enum Outcome {
    LINKED,
    /** The provider's configuration could not be read from the issuer or metadata address. */
    UNREADABLE,
    /** One of the e-mail domains belongs to another organization. */
    DOMAIN_TAKEN
  }

  /** The provider linked to the tenant's organization, if any. */
  Optional<IdentityProviderLink> linked(String tenantId);

  /**
   * Links (or changes) the tenant's provider: people with an e-mail in the domains are sent to it
   * at sign-in, and join the tenant as students at their first sign-in.
   *
   * @param clientSecret null keeps the secret linked before
   */
  Outcome link(
      String tenantId,
      IdentityProviderKind kind,
      String issuer,
      String metadataUrl,
      String clientId,
      String clientSecret,
      List<String> emailDomains);

  /** Unlinks and removes the tenant's provider; nothing when there is none. */
  void unlink(String tenantId);
}
