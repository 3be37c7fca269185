package io.rapport.infra.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two realm files: the demo realm for {@code ./run.sh}, with its users and known secrets, and
 * the production realm, with the same roles and clients but no user, no secret and no password
 * grant; brute-force detection on in both. Both take their SMTP server from the variables the
 * import replaces, the demo realm with the embedded mail server as default.
 */
class RealmFilesTest {

  private static JsonNode realm(String file) throws IOException {
    try (InputStream in = RealmFilesTest.class.getResourceAsStream("/keycloak/" + file)) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(item -> values.add(item.path(field).asText()));
    return values;
  }

  @Test
  void bothDetectBruteForce() throws IOException {
    assertThat(realm("rapport-realm.json").path("bruteForceProtected").asBoolean()).isTrue();
    assertThat(realm("rapport-realm-production.json").path("bruteForceProtected").asBoolean())
        .isTrue();
  }

  @Test
  void theProductionRealmHasNoUserNoSecretAndNoPasswordGrant() throws IOException {
    JsonNode production = realm("rapport-realm-production.json");
    assertThat(texts(production.path("users"), "username"))
        .allMatch(name -> name.startsWith("service-account-"));
    assertThat(production.toString()).doesNotContain("credentials", "demo-secret", "rapport-demo");
    production
        .path("clients")
        .forEach(
            client -> {
              assertThat(client.has("secret")).as(client.toString()).isFalse();
              assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
            });
    assertThat(production.path("organizations").isMissingNode()).isTrue();
  }

  @Test
  void theProductionRealmHasTheDemoRealmsRolesAndClientsButTheDemoCli() throws IOException {
    JsonNode demo = realm("rapport-realm.json");
    JsonNode production = realm("rapport-realm-production.json");
    assertThat(production.path("roles")).isEqualTo(demo.path("roles"));
    List<String> demoClients = texts(demo.path("clients"), "clientId");
    demoClients.remove("rapport-cli");
    assertThat(texts(production.path("clients"), "clientId")).isEqualTo(demoClients);
    assertThat(production.path("realm").asText()).isEqualTo(demo.path("realm").asText());
  }

  @Test
  void theDemoRealmSendsToTheEmbeddedMailServerUnlessToldOtherwise() throws IOException {
    JsonNode smtp = realm("rapport-realm.json").path("smtpServer");

    assertThat(smtp.path("host").asText()).isEqualTo("${RAPPORT_SMTP_HOST:127.0.0.1}");
    assertThat(smtp.path("port").asText()).isEqualTo("${RAPPORT_SMTP_PORT:3025}");
    assertThat(smtp.path("from").asText()).isEqualTo("no-reply@rapport.local");
    assertThat(smtp.path("auth").asText()).isEqualTo("false");
  }

  @Test
  void theProductionRealmTakesItsSmtpServerFromTheEnvironmentWithoutDemoValues()
      throws IOException {
    JsonNode smtp = realm("rapport-realm-production.json").path("smtpServer");

    assertThat(smtp.path("host").asText()).isEqualTo("${RAPPORT_SMTP_HOST}");
    assertThat(smtp.path("from").asText()).isEqualTo("${RAPPORT_SMTP_FROM}");
    assertThat(smtp.path("user").asText()).isEqualTo("${RAPPORT_SMTP_USERNAME}");
    assertThat(smtp.path("password").asText()).isEqualTo("${RAPPORT_SMTP_PASSWORD}");
    assertThat(smtp.toString()).doesNotContain("127.0.0.1", "3025", "rapport.local");
  }
}
