package io.rapport.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.infra.testkit.KeycloakAdmin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Real access tokens from the realm's demo users (password grant of the CLI client). */
final class Tokens {

  static final String PASSWORD = "rapport-demo";
  static final String DEMO_TENANT = "northfield-university";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Settings settings;

  Tokens(Settings settings) {
    this.settings = settings;
  }

  String accessToken(String username) throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=rapport-cli&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + PASSWORD;
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(settings.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("No token for " + username + ": " + response.body());
    }
    return JSON.readTree(response.body()).get("access_token").asText();
  }

  /**
   * Tokens of {@code count} students of the demo tenant, one per load client, the students made in
   * Keycloak first when they are not there (as a tenant admin would enrol them).
   */
  List<String> students(int count) throws IOException, InterruptedException {
    KeycloakAdmin admin = new KeycloakAdmin("http://localhost:" + settings.keycloakPort(), "admin");
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String username = String.format("bench.student.%02d", i);
      admin.ensureUser(username, "student", DEMO_TENANT);
      tokens.add(accessToken(username));
    }
    return tokens;
  }

  /** The user id ({@code sub}) a token was issued to. */
  static String subject(String token) throws IOException {
    String payload = token.split("\\.")[1];
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(payload));
    return claims.get("sub").asText();
  }
}
