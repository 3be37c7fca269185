package io.rapport.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.OptionalLong;

/**
 * Where the event processors stand, from the platform API ({@code GET /api/v1/admin/projections}),
 * whatever the processors are called and however many there are.
 */
final class ProcessorPositions {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProcessorPositions() {}

  /**
   * The lowest position any segment of a processor that runs has reached: every event after it is
   * still to be projected by some read model. Empty when no segment reports a position.
   */
  static OptionalLong lowest(Settings settings, String platformToken) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/api/v1/admin/projections"))
                .header("Authorization", "Bearer " + platformToken)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("The processors' progress answered " + response.statusCode());
    }
    OptionalLong lowest = OptionalLong.empty();
    for (JsonNode processor : JSON.readTree(response.body()).path("items")) {
      if ("STOPPED".equals(processor.path("state").asText())) {
        continue;
      }
      for (JsonNode segment : processor.path("segments")) {
        JsonNode position = segment.path("position");
        if (position.canConvertToLong()) {
          long at = position.asLong();
          lowest = OptionalLong.of(lowest.isPresent() ? Math.min(lowest.getAsLong(), at) : at);
        }
      }
    }
    return lowest;
  }

  /** The number of failures the processors report; a seeded event they could not read counts. */
  static long failures(Settings settings, String platformToken) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/api/v1/admin/projections"))
                .header("Authorization", "Bearer " + platformToken)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    long failures = 0;
    for (JsonNode processor : JSON.readTree(response.body()).path("items")) {
      failures += processor.path("failures").asLong();
    }
    return failures;
  }
}
