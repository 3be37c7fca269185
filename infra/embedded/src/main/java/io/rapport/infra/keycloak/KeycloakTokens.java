package io.rapport.infra.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fetches access tokens from a Keycloak realm for tests and demos, e.g. {@code
 * passwordGrant(issuer, "rapport-cli", "ada.student", "rapport-demo")}.
 */
public final class KeycloakTokens {

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private KeycloakTokens() {}

  /**
   * Returns an access token obtained with the resource owner password grant.
   *
   * @param issuerUri the realm's issuer, e.g. {@code http://localhost:8180/realms/rapport}
   * @throws IllegalStateException when Keycloak refuses, with its HTTP status and error body
   */
  public static String passwordGrant(
      String issuerUri, String clientId, String username, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", clientId);
    form.put("username", username);
    form.put("password", password);
    return accessToken(issuerUri, form);
  }

  /**
   * Returns an access token of a confidential client's service account (client credentials grant).
   *
   * @throws IllegalStateException when Keycloak refuses, with its HTTP status and error body
   */
  public static String clientCredentials(String issuerUri, String clientId, String clientSecret) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    return accessToken(issuerUri, form);
  }

  private static String accessToken(String issuerUri, Map<String, String> form) {
    URI endpoint = URI.create(issuerUri + "/protocol/openid-connect/token");
    String body =
        form.entrySet().stream()
            .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response;
    try {
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("Token request to " + endpoint + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during token request to " + endpoint, e);
    }
    Matcher token = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException(
          "Token request for "
              + form.get("grant_type")
              + " grant to "
              + endpoint
              + " failed with HTTP "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return token.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
