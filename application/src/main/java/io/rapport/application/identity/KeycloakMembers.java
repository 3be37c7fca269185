package io.rapport.application.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.rapport.command.api.member.MemberRole;
import io.rapport.command.app.member.MemberDirectory;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Component;

/**
 * The tenants' members as Keycloak holds them: users of the realm, each a member of one tenant's
 * organization, with one of the realm roles {@code student}, {@code coach}, {@code tenant-admin}. A
 * new user's user name is their e-mail address. Every call blocks.
 */
@Component
class KeycloakMembers implements MemberDirectory {

  private static final Duration KEPT = Duration.ofMinutes(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KeycloakOrganizations organizations;
  private final Cache<String, String> organizationIds =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(KEPT).build();
  private final Cache<MemberRole, RoleRepresentation> roles =
      Caffeine.newBuilder().expireAfterWrite(KEPT).build();

  KeycloakMembers(KeycloakOrganizations organizations) {
    this.organizations = organizations;
  }

  @Override
  public Optional<Account> find(String userId) {
    try {
      return Optional.of(account(user(userId).toRepresentation()));
    } catch (NotFoundException | jakarta.ws.rs.BadRequestException none) {
      return Optional.empty();
    }
  }

  @Override
  public boolean hasAccount(String email) {
    return organizations.users().search(null, null, null, email, 0, 2, null, true, true).stream()
        .anyMatch(user -> email.equalsIgnoreCase(user.getEmail()));
  }

  @Override
  public Optional<Account> findByEmail(String email) {
    return organizations.users().searchByEmail(email, true).stream()
        .filter(user -> email.equalsIgnoreCase(user.getEmail()))
        .findFirst()
        .map(this::account);
  }

  @Override
  public Optional<String> create(
      String tenantId, String email, String firstName, String lastName, MemberRole role) {
    String organizationId = organizationId(tenantId);
    UserRepresentation user = new UserRepresentation();
    user.setUsername(email);
    user.setEmail(email);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEnabled(true);
    String userId;
    try (Response response = organizations.users().create(user)) {
      if (response.getStatus() == 409) {
        return Optional.empty();
      }
      userId = CreatedResponseUtil.getCreatedId(response);
    }
    try {
      user(userId).roles().realmLevel().add(List.of(role(role)));
      try (Response added =
          organizations.organizations().get(organizationId).members().addMember(userId)) {
        if (added.getStatus() >= 300) {
          throw new IllegalStateException(
              "Keycloak did not add the user to the organization: " + added.getStatus());
        }
      }
      return Optional.of(userId);
    } catch (RuntimeException e) {
      remove(userId);
      throw e;
    }
  }

  @Override
  public Map<String, String> createAll(String tenantId, List<NewAccount> accounts) {
    if (accounts.isEmpty()) {
      return Map.of();
    }
    String organizationId = organizationId(tenantId);
    PartialImportRepresentation users = new PartialImportRepresentation();
    users.setIfResourceExists(PartialImportRepresentation.Policy.SKIP.name());
    users.setUsers(
        accounts.stream()
            .map(
                account -> {
                  UserRepresentation user = new UserRepresentation();
                  user.setUsername(account.email());
                  user.setEmail(account.email());
                  user.setFirstName(account.firstName());
                  user.setLastName(account.lastName());
                  user.setEnabled(true);
                  user.setRealmRoles(List.of(account.role().realmRole()));
                  return user;
                })
            .toList());
    Map<String, String> created = new HashMap<>();
    try (Response response = organizations.realmResource().partialImport(users)) {
      if (response.getStatus() >= 300) {
        throw new IllegalStateException(
            "Keycloak refused to create users: " + response.getStatus());
      }
      JsonNode results = JSON.readTree(response.readEntity(String.class)).path("results");
      for (JsonNode result : results) {
        if ("ADDED".equals(result.path("action").asText())
            && "USER".equals(result.path("resourceType").asText())) {
          created.put(result.path("resourceName").asText(), result.path("id").asText());
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Keycloak's answer to creating users is not JSON", e);
    }
    Map<String, String> members = new HashMap<>();
    try {
      for (Map.Entry<String, String> user : created.entrySet()) {
        try (Response added =
            organizations
                .organizations()
                .get(organizationId)
                .members()
                .addMember(user.getValue())) {
          if (added.getStatus() >= 300) {
            throw new IllegalStateException(
                "Keycloak did not add a user to the organization: " + added.getStatus());
          }
        }
        members.put(user.getKey(), user.getValue());
      }
      return members;
    } catch (RuntimeException e) {
      created.values().forEach(this::remove);
      throw e;
    }
  }

  @Override
  public void update(String userId, String firstName, String lastName, MemberRole role) {
    UserResource resource = user(userId);
    UserRepresentation user = resource.toRepresentation();
    user.setFirstName(firstName);
    user.setLastName(lastName);
    resource.update(user);
    List<RoleRepresentation> others =
        resource.roles().realmLevel().listAll().stream()
            .filter(granted -> MemberRole.ofRealmRole(granted.getName()) != null)
            .filter(granted -> !granted.getName().equals(role.realmRole()))
            .toList();
    if (!others.isEmpty()) {
      resource.roles().realmLevel().remove(others);
    }
    resource.roles().realmLevel().add(List.of(role(role)));
  }

  @Override
  public void enable(String userId, boolean enabled) {
    UserResource resource = user(userId);
    UserRepresentation user = resource.toRepresentation();
    user.setEnabled(enabled);
    resource.update(user);
    if (!enabled) {
      resource.logout();
    }
  }

  @Override
  public void remove(String userId) {
    try (Response response = organizations.users().delete(userId)) {
      if (response.getStatus() >= 300 && response.getStatus() != 404) {
        throw new IllegalStateException("Keycloak did not remove a user: " + response.getStatus());
      }
    }
  }

  private Account account(UserRepresentation user) {
    UserResource resource = user(user.getId());
    List<OrganizationRepresentation> memberOf =
        organizations.organizations().members().getOrganizations(user.getId(), true);
    String tenant = memberOf.size() == 1 ? memberOf.get(0).getAlias() : null;
    List<String> granted =
        resource.roles().realmLevel().listAll().stream().map(RoleRepresentation::getName).toList();
    MemberRole role =
        Arrays.stream(
                new MemberRole[] {MemberRole.TENANT_ADMIN, MemberRole.COACH, MemberRole.STUDENT})
            .filter(candidate -> granted.contains(candidate.realmRole()))
            .findFirst()
            .orElse(null);
    return new Account(
        user.getId(),
        user.getEmail(),
        user.getFirstName(),
        user.getLastName(),
        tenant,
        role,
        Boolean.TRUE.equals(user.isEnabled()));
  }

  private UserResource user(String userId) {
    return organizations.users().get(userId);
  }

  private RoleRepresentation role(MemberRole role) {
    return roles.get(
        role,
        wanted -> organizations.realmResource().roles().get(wanted.realmRole()).toRepresentation());
  }

  private String organizationId(String tenantId) {
    String id = organizationIds.get(tenantId, organizations::idOf);
    if (id == null) {
      throw new IllegalStateException("No organization for tenant " + tenantId);
    }
    return id;
  }
}
