package io.rapport.application.identity;

import io.rapport.command.api.tenant.IdentityProviderKind;
import io.rapport.command.api.tenant.IdentityProviderLink;
import io.rapport.command.app.tenant.IdentityProviderDirectory;
import io.rapport.gateway.identity.IdentityProviderLinks;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.springframework.stereotype.Component;

/**
 * The tenants' identity providers as Keycloak brokers them: one provider per organization (its
 * alias the tenant id when Rapport creates it), linked to the organization with the e-mail domains
 * it serves, redirecting people whose e-mail matches at sign-in, and granting the {@code student}
 * role to whoever comes through it the first time (they join the organization as Keycloak's
 * organizations do for a linked provider). The provider's configuration is read by Keycloak from
 * the issuer's discovery document or the SAML metadata. Its secret never leaves Keycloak.
 */
@Component
class KeycloakIdentityProviders implements IdentityProviderDirectory, IdentityProviderLinks {

  static final String DOMAINS = "rapport.emailDomains";
  static final String ORGANIZATION_DOMAIN = "kc.org.domain";
  static final String REDIRECT_WHEN_EMAIL_MATCHES = "kc.org.broker.redirect.mode.email-matches";
  static final String ANY_DOMAIN = "ANY";
  private static final String METADATA_URL = "metadataDescriptorUrl";

  private final KeycloakOrganizations organizations;

  KeycloakIdentityProviders(KeycloakOrganizations organizations) {
    this.organizations = organizations;
  }

  @Override
  public Optional<IdentityProviderLink> linked(String tenantId) {
    return current(tenantId).map(KeycloakIdentityProviders::link);
  }

  @Override
  public Outcome link(
      String tenantId,
      IdentityProviderKind kind,
      String issuer,
      String metadataUrl,
      String clientId,
      String clientSecret,
      List<String> emailDomains) {
    OrganizationResource organization = organization(tenantId);
    if (!ownDomains(organization, emailDomains)) {
      return Outcome.DOMAIN_TAKEN;
    }
    Map<String, String> config;
    try {
      config =
          new HashMap<>(
              organizations
                  .realmResource()
                  .identityProviders()
                  .importFrom(
                      Map.<String, Object>of(
                          "providerId",
                          kind == IdentityProviderKind.OIDC ? "oidc" : "saml",
                          "fromUrl",
                          kind == IdentityProviderKind.OIDC
                              ? issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration"
                              : metadataUrl)));
    } catch (WebApplicationException | jakarta.ws.rs.ProcessingException unreadable) {
      return Outcome.UNREADABLE;
    }
    Optional<IdentityProviderRepresentation> before = current(tenantId);
    IdentityProviderRepresentation provider = before.orElseGet(IdentityProviderRepresentation::new);
    if (before.isEmpty()) {
      provider.setAlias(tenantId);
      provider.setDisplayName(organization.toRepresentation().getName());
    }
    provider.setProviderId(kind == IdentityProviderKind.OIDC ? "oidc" : "saml");
    provider.setEnabled(true);
    provider.setTrustEmail(true);
    Map<String, String> merged = new HashMap<>(before.map(p -> p.getConfig()).orElse(Map.of()));
    merged.putAll(config);
    if (kind == IdentityProviderKind.OIDC) {
      merged.put("issuer", issuer);
      merged.put("clientId", clientId);
      merged.put("clientAuthMethod", "client_secret_post");
      merged.put("defaultScope", "openid email profile");
      merged.put("syncMode", "IMPORT");
      if (clientSecret != null) {
        merged.put("clientSecret", clientSecret);
      }
    } else {
      merged.put(METADATA_URL, metadataUrl);
      merged.put("entityId", clientId);
      merged.put("syncMode", "IMPORT");
    }
    merged.put(DOMAINS, String.join(",", emailDomains));
    merged.put(ORGANIZATION_DOMAIN, emailDomains.size() == 1 ? emailDomains.get(0) : ANY_DOMAIN);
    merged.put(REDIRECT_WHEN_EMAIL_MATCHES, "true");
    provider.setConfig(merged);
    if (before.isPresent()) {
      organizations.realmResource().identityProviders().get(provider.getAlias()).update(provider);
    } else {
      try (Response created = organizations.realmResource().identityProviders().create(provider)) {
        expect(created, "create the identity provider");
      }
      try (Response linked =
          organization.identityProviders().addIdentityProvider(provider.getAlias())) {
        expect(linked, "link the identity provider");
      }
      addStudentRole(provider.getAlias(), kind);
    }
    return Outcome.LINKED;
  }

  @Override
  public void unlink(String tenantId) {
    current(tenantId)
        .ifPresent(
            provider -> {
              try (Response unlinked =
                  organization(tenantId).identityProviders().get(provider.getAlias()).delete()) {
                if (unlinked.getStatus() >= 300 && unlinked.getStatus() != 404) {
                  expect(unlinked, "unlink the identity provider");
                }
              }
              organizations.realmResource().identityProviders().get(provider.getAlias()).remove();
            });
  }

  private Optional<IdentityProviderRepresentation> current(String tenantId) {
    return organization(tenantId).identityProviders().getIdentityProviders().stream()
        .findFirst()
        .map(
            linked ->
                organizations
                    .realmResource()
                    .identityProviders()
                    .get(linked.getAlias())
                    .toRepresentation());
  }

  /** Adds the domains the organization lacks; false when another organization holds one. */
  private boolean ownDomains(OrganizationResource organization, List<String> domains) {
    OrganizationRepresentation representation = organization.toRepresentation();
    List<String> held = new ArrayList<>();
    representation.getDomains().forEach(domain -> held.add(domain.getName()));
    boolean added = false;
    for (String domain : domains) {
      if (!held.contains(domain)) {
        representation.addDomain(new OrganizationDomainRepresentation(domain));
        added = true;
      }
    }
    if (!added) {
      return true;
    }
    try (Response updated = organization.update(representation)) {
      return updated.getStatus() < 300;
    } catch (ClientErrorException taken) {
      return false;
    }
  }

  private void addStudentRole(String alias, IdentityProviderKind kind) {
    IdentityProviderMapperRepresentation mapper = new IdentityProviderMapperRepresentation();
    mapper.setName("students by default");
    mapper.setIdentityProviderAlias(alias);
    mapper.setIdentityProviderMapper(
        kind == IdentityProviderKind.OIDC
            ? "oidc-hardcoded-role-idp-mapper"
            : "saml-hardcoded-role-idp-mapper");
    mapper.setConfig(Map.of("role", "student", "syncMode", "IMPORT"));
    try (Response added =
        organizations.realmResource().identityProviders().get(alias).addMapper(mapper)) {
      expect(added, "add the student role to the identity provider");
    }
  }

  private OrganizationResource organization(String tenantId) {
    String id = organizations.idOf(tenantId);
    if (id == null) {
      throw new IllegalStateException("No organization for tenant " + tenantId);
    }
    return organizations.organizations().get(id);
  }

  private static IdentityProviderLink link(IdentityProviderRepresentation provider) {
    Map<String, String> config = provider.getConfig() == null ? Map.of() : provider.getConfig();
    boolean saml = "saml".equals(provider.getProviderId());
    String domains = config.getOrDefault(DOMAINS, config.get(ORGANIZATION_DOMAIN));
    return new IdentityProviderLink(
        saml ? IdentityProviderKind.SAML : IdentityProviderKind.OIDC,
        saml ? null : config.get("issuer"),
        saml ? config.get(METADATA_URL) : null,
        saml ? config.get("entityId") : config.get("clientId"),
        !saml && config.get("clientSecret") != null && !config.get("clientSecret").isBlank(),
        domains == null ? List.of() : Arrays.asList(domains.split(",")));
  }

  private static void expect(Response response, String what) {
    if (response.getStatus() >= 300) {
      throw new IllegalStateException("Keycloak refused to " + what + ": " + response.getStatus());
    }
  }
}
