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

  /**
   * Median milliseconds per request, with the token ({@code [0]}) and without ({@code [1]}), the
   * two kinds of request interleaved so that both see the same machine.
   */
  static double[] medianMillis(Settings settings, String token, int requests) throws Exception {
    URI uri = URI.create(settings.baseUrl() + "/app-config.json");
    HttpRequest withToken =
        HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build();
    HttpRequest without = HttpRequest.newBuilder(uri).build();
    Latencies authenticated = new Latencies(requests);
    Latencies anonymous = new Latencies(requests);
    for (int i = 0; i < requests / 5; i++) {
      time(withToken);
      time(without);
    }
    for (int i = 0; i < requests; i++) {
      authenticated.add(time(withToken));
      anonymous.add(time(without));
    }
    return new double[] {authenticated.percentileMillis(50), anonymous.percentileMillis(50)};
  }

  private static long time(HttpRequest request) throws Exception {
    long started = System.nanoTime();
    HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
    }
    return System.nanoTime() - started;
  }
}
