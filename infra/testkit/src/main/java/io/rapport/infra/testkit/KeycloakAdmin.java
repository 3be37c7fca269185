package io.rapport.infra.testkit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.infra.keycloak.KeycloakTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes the test run's Keycloak through its admin REST API, e.g. to add a client whose tokens
 * expire at once or lack Rapport's audience, or a member of a newly onboarded tenant.
 */
public final class KeycloakAdmin {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String keycloakUrl;
  private final String adminPassword;

  public KeycloakAdmin(TestInfrastructure infra) {
    this(infra.keycloakUrl(), infra.keycloakAdminPassword());
  }

  /**
   * @param keycloakUrl the server's base URL
   * @param adminPassword the password of the master realm's bootstrap {@code admin}
   */
  public KeycloakAdmin(String keycloakUrl, String adminPassword) {
    this.keycloakUrl = keycloakUrl;
    this.adminPassword = adminPassword;
  }

  /** A token of the master realm's bootstrap admin (also: a token of another issuer). */
  public String masterAdminToken() {
    return KeycloakTokens.passwordGrant(
        keycloakUrl + "/realms/master", "admin-cli", "admin", adminPassword);
  }

  /**
   * Adds a public client with direct access grants to the demo realm (if it is not there yet).
   *
   * @param withAudience whether its tokens name {@code rapport-api}
   * @param accessTokenSeconds lifespan of its access tokens
   */
  public void ensurePublicClient(String clientId, boolean withAudience, int accessTokenSeconds) {
    List<Object> mappers = new ArrayList<>();
    if (withAudience) {
      mappers.add(
          Map.of(
              "name", "rapport-api audience",
              "protocol", "openid-connect",
              "protocolMapper", "oidc-audience-mapper",
              "config",
                  Map.of(
                      "included.custom.audience", "rapport-api",
                      "access.token.claim", "true",
                      "id.token.claim", "false")));
    }
    Map<String, Object> client =
        Map.of(
            "clientId",
            clientId,
            "publicClient",
            true,
            "directAccessGrantsEnabled",
            true,
            "standardFlowEnabled",
            false,
            "attributes",
            Map.of("access.token.lifespan", String.valueOf(accessTokenSeconds)),
            "defaultClientScopes",
            List.of("profile", "email", "roles", "basic", "organization"),
            "protocolMappers",
            mappers);
    HttpResponse<String> response = post("/admin/realms/rapport/clients", client);
    if (response.statusCode() != 201 && response.statusCode() != 409) {
      throw new IllegalStateException(
          "Keycloak refused client "
              + clientId
              + ": "
              + response.statusCode()
              + " "
              + response.body());
    }
  }

  /** The id of the demo realm's user of that name. */
  /** The id of the demo realm's user with exactly this e-mail address, or null. */
  public String userIdByEmail(String email) {
    HttpResponse<String> found =
        send("GET", "/admin/realms/rapport/users?exact=true&email=" + email, null);
    expect(found, 200, "users");
    List<Map<String, Object>> users = read(found.body(), new TypeReference<>() {});
    return users.isEmpty() ? null : String.valueOf(users.get(0).get("id"));
  }

  /** The id of the demo realm's user with the user name; refuses an unknown one. */
  public String userId(String username) {
    HttpResponse<String> found =
        send("GET", "/admin/realms/rapport/users?exact=true&username=" + username, null);
    expect(found, 200, "users");
    List<Map<String, Object>> users = read(found.body(), new TypeReference<>() {});
    if (users.isEmpty()) {
      throw new IllegalStateException("No user " + username);
    }
    return String.valueOf(users.get(0).get("id"));
  }

  /**
   * Has Keycloak mail a user a link to perform the given required actions (e.g. {@code
   * UPDATE_PASSWORD}), as an admin does from the console; returns once Keycloak has handed the
   * message to its SMTP server.
   */
  public void sendActionsEmail(String userId, List<String> actions) {
    try {
      expect(
          send(
              "PUT",
              "/admin/realms/rapport/users/" + userId + "/execute-actions-email",
              JSON.writeValueAsString(actions)),
          204,
          "the actions e-mail to " + userId);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write " + actions, e);
    }
  }

  /** A user of the demo realm made by {@link #addMember}, unless one of that name exists. */
  public String ensureUser(String username, String realmRole, String organizationAlias) {
    HttpResponse<String> found =
        send("GET", "/admin/realms/rapport/users?exact=true&username=" + username, null);
    expect(found, 200, "users");
    List<Map<String, Object>> users = read(found.body(), new TypeReference<>() {});
    return users.isEmpty()
        ? addMember(organizationAlias, username, realmRole)
        : String.valueOf(users.get(0).get("id"));
  }

  /**
   * The organization of the demo realm with the given alias, as Keycloak describes it (with {@code
   * id}, {@code name}, {@code attributes}, {@code domains}), or null when there is none.
   */
  public Map<String, Object> organization(String alias) {
    HttpResponse<String> response =
        send(
            "GET",
            "/admin/realms/rapport/organizations?first=0&max=1000&briefRepresentation=false",
            null);
    expect(response, 200, "organizations");
    List<Map<String, Object>> all = read(response.body(), new TypeReference<>() {});
    return all.stream().filter(o -> alias.equals(o.get("alias"))).findFirst().orElse(null);
  }

  /** Gives the user of the demo realm the demo password, as if they had set it themselves. */
  public void setDemoPassword(String userId) {
    expect(
        send(
            "PUT",
            "/admin/realms/rapport/users/" + userId + "/reset-password",
            "{\"type\":\"password\",\"value\":\""
                + TestInfrastructure.DEMO_PASSWORD
                + "\",\"temporary\":false}"),
        204,
        "password of " + userId);
  }

  /** Whether the user of the demo realm may sign in. */
  public boolean enabled(String userId) {
    HttpResponse<String> user = send("GET", "/admin/realms/rapport/users/" + userId, null);
    expect(user, 200, "user " + userId);
    return Boolean.TRUE.equals(
        read(user.body(), new TypeReference<Map<String, Object>>() {}).get("enabled"));
  }

  /**
   * Adds a user to the demo realm, with the demo password, the given realm role and membership of
   * the organization, as a tenant would enrol someone.
   *
   * @return the new user's id
   */
  public String addMember(String organizationAlias, String username, String realmRole) {
    Map<String, Object> organization = organization(organizationAlias);
    if (organization == null) {
      throw new IllegalStateException("No organization " + organizationAlias);
    }
    HttpResponse<String> created =
        post(
            "/admin/realms/rapport/users",
            Map.of(
                "username",
                username,
                "enabled",
                true,
                "email",
                username + "@" + organizationAlias + ".example",
                "emailVerified",
                true,
                "firstName",
                "Test",
                "lastName",
                username,
                "credentials",
                List.of(
                    Map.of(
                        "type",
                        "password",
                        "value",
                        TestInfrastructure.DEMO_PASSWORD,
                        "temporary",
                        false))));
    expect(created, 201, "user " + username);
    String location = created.headers().firstValue("Location").orElseThrow();
    String userId = location.substring(location.lastIndexOf('/') + 1);
    HttpResponse<String> role = send("GET", "/admin/realms/rapport/roles/" + realmRole, null);
    expect(role, 200, "role " + realmRole);
    expect(
        send(
            "POST",
            "/admin/realms/rapport/users/" + userId + "/role-mappings/realm",
            "[" + role.body() + "]"),
        204,
        "role mapping");
    // the members endpoint takes the bare user id as its body
    expect(
        send(
            "POST",
            "/admin/realms/rapport/organizations/" + organization.get("id") + "/members",
            userId),
        201,
        "membership");
    return userId;
  }

  /**
   * Lets a client redirect to, and be called from, another origin, e.g. the application of a
   * browser test on a random port: adds {@code origin/*} to its redirect and post-logout redirect
   * URIs and {@code origin} to its web origins (for the CORS of the token endpoint).
   */
  public void allowOrigin(String clientId, String origin) {
    HttpResponse<String> found =
        send("GET", "/admin/realms/rapport/clients?clientId=" + clientId, null);
    expect(found, 200, "client " + clientId);
    List<Map<String, Object>> clients = read(found.body(), new TypeReference<>() {});
    if (clients.isEmpty()) {
      throw new IllegalStateException("No client " + clientId);
    }
    Map<String, Object> client = new LinkedHashMap<>(clients.get(0));
    client.put("redirectUris", with(client.get("redirectUris"), origin + "/*"));
    client.put("webOrigins", with(client.get("webOrigins"), origin));
    @SuppressWarnings("unchecked")
    Map<String, Object> attributes =
        new LinkedHashMap<>((Map<String, Object>) client.getOrDefault("attributes", Map.of()));
    String logout = String.valueOf(attributes.getOrDefault("post.logout.redirect.uris", ""));
    if (!List.of(logout.split("##")).contains(origin + "/*")) {
      attributes.put(
          "post.logout.redirect.uris",
          logout.isEmpty() ? origin + "/*" : logout + "##" + origin + "/*");
    }
    client.put("attributes", attributes);
    try {
      expect(
          send(
              "PUT",
              "/admin/realms/rapport/clients/" + client.get("id"),
              JSON.writeValueAsString(client)),
          204,
          "origin " + origin + " for " + clientId);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write " + client, e);
    }
  }

  private static List<Object> with(Object values, String value) {
    List<Object> list = new ArrayList<>(values instanceof List<?> l ? l : List.of());
    if (!list.contains(value)) {
      list.add(value);
    }
    return list;
  }

  private HttpResponse<String> post(String path, Object body) {
    try {
      return send("POST", path, JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write " + body, e);
    }
  }

  private HttpResponse<String> send(String method, String path, String body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(keycloakUrl + path))
              .header("Authorization", "Bearer " + masterAdminToken())
              .header("Content-Type", "application/json")
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body))
              .build();
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak admin call failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static void expect(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "Keycloak refused " + what + ": " + response.statusCode() + " " + response.body());
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (IOException e) {
      throw new IllegalStateException("Unreadable answer from Keycloak: " + json, e);
    }
  }
}
