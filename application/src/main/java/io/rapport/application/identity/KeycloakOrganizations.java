package io.rapport.application.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.command.api.tenant.OrganizationCreation;
import io.rapport.command.api.tenant.TenantKind;
import io.rapport.command.app.tenant.OrganizationDirectory;
import io.rapport.gateway.identity.Organization;
import io.rapport.gateway.identity.Organizations;
import io.rapport.gateway.security.IssuerEndpoint;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.ClientBuilderWrapper;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.OrganizationsResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The tenants' organizations in Keycloak, through its admin client as the service account of the
 * confidential client {@code rapport-admin} (client credentials; the client refreshes its token).
 * Keycloak's address and realm come from the token issuer, e.g. {@code
 * http://localhost:8180/realms/rapport}. The client is built on first use, as the embedded Keycloak
 * may still be starting when the application is. Every call blocks.
 */
@Component
class KeycloakOrganizations implements OrganizationDirectory, Organizations, DisposableBean {

  static final String KIND = "kind";
  private static final String REALMS = "/realms/";
  private static final int PAGE = 100;
  private static final int CONNECTIONS = 16;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IssuerEndpoint issuer;
  private final KeycloakAdminProperties properties;
  private Keycloak keycloak;
  private volatile RealmResource realmResource;
  private volatile UsersResource usersResource;
  private volatile OrganizationsResource organizationsResource;

  KeycloakOrganizations(IssuerEndpoint issuer, KeycloakAdminProperties properties) {
    this.issuer = issuer;
    this.properties = properties;
  }

  @Override
  public OrganizationCreation create(String alias, String name, TenantKind kind, String domain) {
    OrganizationRepresentation organization = new OrganizationRepresentation();
    organization.setAlias(alias);
    organization.setName(name);
    organization.setEnabled(true);
    organization.setAttributes(Map.of(KIND, List.of(kind.name())));
    if (domain != null) {
      organization.addDomain(new OrganizationDomainRepresentation(domain));
    }
    try (Response response = organizations().create(organization)) {
      return switch (response.getStatus()) {
        case 201 -> OrganizationCreation.created(CreatedResponseUtil.getCreatedId(response));
        // alias or name in use
        case 409 -> OrganizationCreation.taken(reason(response));
        // e.g. a domain that another organization holds
        case 400 -> OrganizationCreation.refused(reason(response));
        default ->
            throw new IllegalStateException(
                "Keycloak answered " + response.getStatus() + ": " + reason(response));
      };
    }
  }

  @Override
  public void remove(String organizationId) {
    try (Response response = organizations().get(organizationId).delete()) {
      if (response.getStatus() != 204 && response.getStatus() != 404) {
        throw new IllegalStateException(
            "Keycloak answered " + response.getStatus() + ": " + reason(response));
      }
    }
  }

  @Override
  public List<Organization> list() {
    List<Organization> all = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<OrganizationRepresentation> page =
          organizations().search(null, false, first, PAGE, false);
      page.forEach(o -> all.add(summary(o)));
      if (page.size() < PAGE) {
        return all;
      }
    }
  }

  /**
   * The realm roles of a member of the organization with the given alias; empty when the user is
   * not a member (or does not exist).
   */
  public Set<String> rolesOfMember(String alias, String userId) {
    String organizationId = idOf(alias);
    if (organizationId == null) {
      return Set.of();
    }
    try {
      organizations().get(organizationId).members().member(userId).toRepresentation();
      return client()
          .realm(realm(issuer.issuerUri()))
          .users()
          .get(userId)
          .roles()
          .realmLevel()
          .listEffective()
          .stream()
          .map(role -> role.getName())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (jakarta.ws.rs.NotFoundException | jakarta.ws.rs.BadRequestException notMember) {
      // no such member, or an id Keycloak does not take as one
      return Set.of();
    }
  }

  /** The id of the organization with the given alias (searching matches names, not aliases). */
  String idOf(String alias) {
    for (int first = 0; ; first += PAGE) {
      List<OrganizationRepresentation> page =
          organizations().search(null, false, first, PAGE, true);
      for (OrganizationRepresentation organization : page) {
        if (alias.equals(organization.getAlias())) {
          return organization.getId();
        }
      }
      if (page.size() < PAGE) {
        return null;
      }
    }
  }

  private static Organization summary(OrganizationRepresentation o) {
    List<String> kind = o.getAttributes() == null ? null : o.getAttributes().get(KIND);
    return new Organization(
        o.getAlias(),
        o.getName(),
        kind == null || kind.isEmpty() ? null : kind.get(0),
        o.getDomains() == null || o.getDomains().isEmpty()
            ? null
            : o.getDomains().iterator().next().getName());
  }

  OrganizationsResource organizations() {
    OrganizationsResource known = organizationsResource;
    if (known == null) {
      known = realmResource().organizations();
      organizationsResource = known;
    }
    return known;
  }

  /** The realm's users, through the admin client. */
  UsersResource users() {
    UsersResource known = usersResource;
    if (known == null) {
      known = realmResource().users();
      usersResource = known;
    }
    return known;
  }

  /**
   * The realm of the tenants, through the admin client. Made once: each of the client's resources
   * is a proxy that takes a good deal of reflection to make, and is safe to share.
   */
  RealmResource realmResource() {
    RealmResource known = realmResource;
    if (known == null) {
      known = client().realm(realm(issuer.issuerUri()));
      realmResource = known;
    }
    return known;
  }

  private synchronized Keycloak client() {
    if (keycloak == null) {
      keycloak =
          KeycloakBuilder.builder()
              .serverUrl(serverUrl(issuer.issuerUri()))
              .realm(realm(issuer.issuerUri()))
              .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
              .clientId(properties.clientId())
              .clientSecret(properties.clientSecret())
              .resteasyClient(
                  // several calls at once (a roster's rows): a pool, not one connection for all
                  ((ResteasyClientBuilder) ClientBuilderWrapper.create(null, false))
                      .connectionPoolSize(CONNECTIONS)
                      .maxPooledPerRoute(CONNECTIONS)
                      .connectTimeout(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)
                      .readTimeout(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)
                      // lenient JSON, as a newer server may send fields this client lacks
                      .register(JacksonProvider.class, 100)
                      .build())
              .build();
    }
    return keycloak;
  }

  /** Keycloak's base URL: the issuer up to {@code /realms/}, e.g. with a context path. */
  static String serverUrl(String issuerUri) {
    return issuerUri.substring(0, realmStart(issuerUri));
  }

  /** The realm the issuer names. */
  static String realm(String issuerUri) {
    return issuerUri.substring(realmStart(issuerUri) + REALMS.length());
  }

  private static int realmStart(String issuerUri) {
    int at = issuerUri.lastIndexOf(REALMS);
    if (at < 0) {
      throw new IllegalStateException("Not a Keycloak realm issuer: " + issuerUri);
    }
    return at;
  }

  private static String reason(Response response) {
    String body = response.hasEntity() ? response.readEntity(String.class) : "";
    try {
      JsonNode json = JSON.readTree(body);
      for (String field : List.of("errorMessage", "error_description", "error")) {
        if (json != null && json.hasNonNull(field)) {
          return json.get(field).asText();
        }
      }
    } catch (IOException e) {
      // not JSON: the body as it is
    }
    return body;
  }

  @Override
  public synchronized void destroy() {
    if (keycloak != null) {
      keycloak.close();
    }
  }
}
