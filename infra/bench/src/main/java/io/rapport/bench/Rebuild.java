package io.rapport.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * P4: every read model rebuilt from the event store at once, through the platform API (the read
 * models by the names it takes, {@code bench.read-models}), timed from the first request until the
 * last rebuild reports that it is done.
 */
final class Rebuild {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Rebuild() {}

  static double allEventsPerSecond(Settings settings, String platformToken) throws Exception {
    long events = CatchUp.head(settings);
    long started = System.nanoTime();
    for (String name : settings.readModels()) {
      HttpResponse<String> response =
          HTTP.send(
              request(settings, platformToken, name)
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 202) {
        throw new IllegalStateException("Rebuild of " + name + " answered " + response.body());
      }
    }
    for (String name : settings.readModels()) {
      while (true) {
        JsonNode progress =
            JSON.readTree(
                HTTP.send(
                        request(settings, platformToken, name).GET().build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body());
        if ("DONE".equalsIgnoreCase(progress.path("state").asText())) {
          break;
        }
        if ("FAILED".equalsIgnoreCase(progress.path("state").asText())) {
          throw new IllegalStateException("Rebuild of " + name + " failed: " + progress);
        }
        Thread.sleep(200);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "  rebuilt %d read models from %,d events in %.1f s%n",
        settings.readModels().size(), events, seconds);
    return events / seconds;
  }

  private static HttpRequest.Builder request(Settings settings, String token, String name) {
    return HttpRequest.newBuilder(
            URI.create(settings.baseUrl() + "/api/v1/admin/projections/" + name + "/rebuild"))
        .header("Authorization", "Bearer " + token);
  }
}
