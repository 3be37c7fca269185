package io.rapport.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Real access tokens from the realm's demo users (password grant of the CLI client). */
final class Tokens {

  static final String PASSWORD = "rapport-demo";
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

  /** The user id ({@code sub}) a token was issued to. */
  static String subject(String token) throws IOException {
    String payload = token.split("\\.")[1];
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(payload));
    return claims.get("sub").asText();
  }
}
