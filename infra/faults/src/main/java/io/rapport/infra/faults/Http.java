package io.rapport.infra.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Calls to the application and to Keycloak, as a client from outside does. */
final class Http {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Longer than any answer may take: a request still open after this is a hang. */
  static final Duration HANG = Duration.ofSeconds(40);

  /** An answer, or the failure to get one (status -1). */
  record Reply(int status, String body, Map<String, String> headers, long millis) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        return JSON.createObjectNode();
      }
    }

    Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    boolean success() {
      return status >= 200 && status < 300;
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final String baseUrl;

  Http(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  Reply post(String path, String token, String body, String idempotencyKey) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(HANG)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(request.build());
  }

  Reply delete(String path, String token) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(HANG)
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build());
  }

  Reply get(String path, String token, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(HANG).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    return send(request.build());
  }

  Reply get(String path, String token) {
    return get(path, token, Map.of());
  }

  /** An access token of a demo user, by the password grant of the demo client. */
  static String token(String issuer, String username) {
    String form =
        Map.of(
                "grant_type", "password",
                "client_id", "rapport-cli",
                "username", username,
                "password", "rapport-demo")
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    Reply reply =
        new Http(issuer)
            .send(
                HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build());
    if (reply.status() != 200) {
      throw new IllegalStateException(
          "No token for " + username + ": " + reply.status() + " " + reply.body());
    }
    return reply.json().path("access_token").asText();
  }

  private Reply send(HttpRequest request) {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      Map<String, String> headers =
          response.headers().map().entrySet().stream()
              .collect(
                  Collectors.toMap(
                      e -> e.getKey().toLowerCase(java.util.Locale.ROOT),
                      e -> String.join(",", e.getValue()),
                      (a, b) -> a));
      return new Reply(response.statusCode(), response.body(), headers, elapsed(started));
    } catch (IOException e) {
      return new Reply(-1, e.toString(), Map.of(), elapsed(started));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply(-1, e.toString(), Map.of(), elapsed(started));
    }
  }

  private static long elapsed(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
