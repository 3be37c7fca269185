package io.rapport.infra.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.infra.keycloak.KeycloakTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Changes the test run's Keycloak through its admin REST API, e.g. to add a client whose tokens
 * expire at once or lack Rapport's audience.
 */
public final class KeycloakAdmin {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final TestInfrastructure infra;

  public KeycloakAdmin(TestInfrastructure infra) {
    this.infra = infra;
  }

  /** A token of the master realm's bootstrap admin (also: a token of another issuer). */
  public String masterAdminToken() {
    return KeycloakTokens.passwordGrant(
        infra.keycloakUrl() + "/realms/master",
        "admin-cli",
        "admin",
        infra.keycloakAdminPassword());
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

  /**
   * Adds a user to the demo realm (password {@code rapport-demo}) with a realm role, as a member of
   * an organization, unless a user of that name exists; returns the user's id either way.
   */
  public String ensureUser(String username, String realmRole, String organizationAlias) {
    HttpResponse<String> created =
        post(
            "/admin/realms/rapport/users",
            Map.of(
                "username",
                username,
                "enabled",
                true,
                "emailVerified",
                true,
                "firstName",
                username,
                "lastName",
                "Test",
                "email",
                username + "@test.example",
                "credentials",
                List.of(
                    Map.of(
                        "type",
                        "password",
                        "value",
                        TestInfrastructure.DEMO_PASSWORD,
                        "temporary",
                        false))));
    String id =
        read("/admin/realms/rapport/users?exact=true&username=" + username)
            .get(0)
            .get("id")
            .asText();
    if (created.statusCode() == 201) {
      post(
          "/admin/realms/rapport/users/" + id + "/role-mappings/realm",
          List.of(read("/admin/realms/rapport/roles/" + realmRole)));
      String organization = null;
      for (com.fasterxml.jackson.databind.JsonNode org :
          read("/admin/realms/rapport/organizations?first=0&max=1000")) {
        if (organizationAlias.equals(org.path("alias").asText())) {
          organization = org.get("id").asText();
        }
      }
      if (organization == null) {
        throw new IllegalStateException("No organization " + organizationAlias);
      }
      expect(
          send(
              "POST",
              "/admin/realms/rapport/organizations/" + organization + "/members",
              "\"" + id + "\""),
          201);
    }
    return id;
  }

  private com.fasterxml.jackson.databind.JsonNode read(String path) {
    try {
      HttpResponse<String> response = send("GET", path, null);
      expect(response, 200);
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(
          "Keycloak answered " + path + " with something unreadable", e);
    }
  }

  private static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "Keycloak answered "
              + response.uri()
              + " with "
              + response.statusCode()
              + ": "
              + response.body());
    }
  }

  private HttpResponse<String> send(String method, String path, Object body) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(infra.keycloakUrl() + path))
              .header("Authorization", "Bearer " + masterAdminToken())
              .header("Content-Type", "application/json");
      request.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(
                  body instanceof String text ? text : JSON.writeValueAsString(body)));
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak admin call failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private HttpResponse<String> post(String path, Object body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(infra.keycloakUrl() + path))
              .header("Authorization", "Bearer " + masterAdminToken())
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
              .build();
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak admin call failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
