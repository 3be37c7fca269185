package io.rapport.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * P5 end to end: the same public endpoint asked with and without a bearer token, one request after
 * another; the gateway validates a token whenever one is sent, so the difference is its cost.
 */
final class AuthOverhead {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private AuthOverhead() {}

  /** Mean milliseconds per request, with the token ({@code [0]}) and without ({@code [1]}). */
  static double[] meanMillis(Settings settings, String token, int requests) throws Exception {
    URI uri = URI.create(settings.baseUrl() + "/app-config.json");
    HttpRequest withToken =
        HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build();
    HttpRequest without = HttpRequest.newBuilder(uri).build();
    run(withToken, requests / 5);
    run(without, requests / 5);
    return new double[] {run(withToken, requests), run(without, requests)};
  }

  private static double run(HttpRequest request, int requests) throws Exception {
    long started = System.nanoTime();
    for (int i = 0; i < requests; i++) {
      HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
      }
    }
    return (System.nanoTime() - started) / 1e6 / requests;
  }
}
