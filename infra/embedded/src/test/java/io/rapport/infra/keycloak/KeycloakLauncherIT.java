package io.rapport.infra.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.rapport.infra.mail.EmbeddedMailServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts a throwaway Keycloak with the Rapport realm and checks the tokens it issues, and that the
 * realm sends its mail to the SMTP server it was started with.
 */
class KeycloakLauncherIT {

  private static final String PASSWORD = "rapport-demo";
  private static final String CLI = "rapport-cli";

  private static EmbeddedMailServer mail;
  private static KeycloakLauncher keycloak;
  private static Path dataDir;
  private static DocumentContext realm;

  @BeforeAll
  static void startKeycloak() throws IOException {
    try (InputStream in =
        KeycloakLauncherIT.class.getResourceAsStream("/keycloak/rapport-realm.json")) {
      realm = JsonPath.parse(in);
    }
    dataDir = Files.createTempDirectory("rapport-keycloak-it");
    mail = EmbeddedMailServer.start(0, 0);
    keycloak =
        KeycloakLauncher.start(
            KeycloakSettings.throwaway(dataDir, freePort(), freePort())
                .withSmtp(mail.host(), mail.smtpPort()));
    keycloak.awaitReady(Duration.ofMinutes(4));
  }

  @AfterAll
  static void stopKeycloak() {
    if (keycloak != null) {
      keycloak.close();
      assertThat(dataDir).doesNotExist();
    }
    if (mail != null) {
      mail.close();
    }
  }

  @Test
  void servesTheRealmUnderTheLocalhostIssuer() throws Exception {
    int port = keycloak.settings().httpPort();
    assertThat(keycloak.issuerUri()).isEqualTo("http://localhost:" + port + "/realms/rapport");
    assertThat(keycloak.isReady()).isTrue();

    for (String host : List.of("localhost", "127.0.0.1")) {
      HttpResponse<String> discovery =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://"
                                  + host
                                  + ":"
                                  + port
                                  + "/realms/rapport/.well-known/openid-configuration"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(discovery.statusCode()).isEqualTo(200);
      assertThat(JsonPath.<String>read(discovery.body(), "$.issuer"))
          .isEqualTo(keycloak.issuerUri());
    }
  }

  @Test
  void studentOfTheUniversityCarriesItsOrganization() {
    DocumentContext claims = claims(passwordGrant("ada.student"));

    assertThat(claims.<String>read("$.iss")).isEqualTo(keycloak.issuerUri());
    assertThat(claims.<String>read("$.sub")).isEqualTo(userId("ada.student"));
    assertThat(claims.<List<String>>read("$.aud")).contains("rapport-api");
    assertThat(claims.<String>read("$.azp")).isEqualTo(CLI);
    assertThat(claims.<List<String>>read("$.realm_access.roles")).contains("student");
    assertThat(claims.<String>read("$.preferred_username")).isEqualTo("ada.student");
    assertThat(claims.<String>read("$.name")).isEqualTo("Ada Lovelace");
    assertThat(claims.<String>read("$.email")).isEqualTo("ada.student@northfield.example");
    assertThat(claims.<List<String>>read("$.organization"))
        .containsExactly("northfield-university");
  }

  @Test
  void studentOfTheBootcampCarriesItsOrganization() {
    DocumentContext claims = claims(passwordGrant("eve.student"));

    assertThat(claims.<String>read("$.sub")).isEqualTo(userId("eve.student"));
    assertThat(claims.<List<String>>read("$.aud")).contains("rapport-api");
    assertThat(claims.<List<String>>read("$.realm_access.roles")).contains("student");
    assertThat(claims.<List<String>>read("$.organization")).containsExactly("southside-bootcamp");
  }

  @Test
  void platformAdminBelongsToNoOrganization() {
    DocumentContext claims = claims(passwordGrant("pat.platform"));

    assertThat(claims.<List<String>>read("$.realm_access.roles"))
        .contains("platform-admin")
        .doesNotContain("student", "coach", "tenant-admin");
    assertThat(claims.<List<String>>read("$.aud")).contains("rapport-api");
    assertThat(claims.<Map<String, Object>>read("$")).doesNotContainKey("organization");
  }

  @Test
  void provisioningClientGetsAServiceAccountToken() {
    String token =
        KeycloakTokens.clientCredentials(
            keycloak.issuerUri(), "rapport-admin", "rapport-admin-demo-secret");
    DocumentContext claims = claims(token);

    assertThat(claims.<String>read("$.azp")).isEqualTo("rapport-admin");
    assertThat(claims.<String>read("$.preferred_username"))
        .isEqualTo("service-account-rapport-admin");
    assertThat(claims.<List<String>>read("$.resource_access.realm-management.roles"))
        .contains("manage-realm", "manage-users", "view-realm", "view-users", "query-users");
  }

  @Test
  void refusesAWrongPassword() {
    assertThatThrownBy(
            () -> KeycloakTokens.passwordGrant(keycloak.issuerUri(), CLI, "ada.student", "wrong"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("invalid_grant")
        .hasMessageContaining("Invalid user credentials");
  }

  @Test
  void webClientAllowsNoPasswordGrant() {
    assertThatThrownBy(
            () ->
                KeycloakTokens.passwordGrant(
                    keycloak.issuerUri(), "rapport-web", "ada.student", PASSWORD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unauthorized_client");
  }

  @Test
  void sendsItsMailToTheSmtpServerItWasStartedWith() throws Exception {
    String admin =
        KeycloakTokens.passwordGrant(
            "http://localhost:" + keycloak.settings().httpPort() + "/realms/master",
            "admin-cli",
            KeycloakLauncher.ADMIN_USERNAME,
            keycloak.settings().adminPassword());

    HttpResponse<String> sent =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + keycloak.settings().httpPort()
                                + "/admin/realms/rapport/users/"
                                + userId("ben.student")
                                + "/execute-actions-email"))
                    .header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("[\"UPDATE_PASSWORD\"]"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(204);
    // Keycloak answers once the SMTP server has accepted the message
    assertThat(mail.receivedMessages())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.getAllRecipients())
                  .extracting(Object::toString)
                  .containsExactly("ben.student@northfield.example");
              assertThat(message.getFrom()[0].toString()).contains("no-reply@rapport.local");
            });
  }

  private static String passwordGrant(String username) {
    return KeycloakTokens.passwordGrant(keycloak.issuerUri(), CLI, username, PASSWORD);
  }

  private static DocumentContext claims(String jwt) {
    String payload = jwt.split("\\.")[1];
    return JsonPath.parse(
        new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }

  private static String userId(String username) {
    List<String> ids = realm.read("$.users[?(@.username == '" + username + "')].id");
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }
}
