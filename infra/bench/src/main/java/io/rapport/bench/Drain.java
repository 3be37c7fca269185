package io.rapport.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until the application has answered what an overloading phase left queued: Gatling stops
 * waiting at the end of its phase, the server does not, and the next phase would otherwise share
 * the machine with that backlog.
 */
final class Drain {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration QUICK = Duration.ofSeconds(1);
  private static final Duration PATIENCE = Duration.ofMinutes(10);

  private Drain() {}

  /** Seconds until a read of {@code path} is answered within a second again. */
  static double await(Settings settings, String token, String path) throws Exception {
    HttpRequest read =
        HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .timeout(PATIENCE)
            .build();
    long started = System.nanoTime();
    while (System.nanoTime() - started < PATIENCE.toNanos()) {
      long asked = System.nanoTime();
      HTTP.send(read, HttpResponse.BodyHandlers.discarding());
      if (System.nanoTime() - asked < QUICK.toNanos()) {
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  the application answered its backlog in %.1f s%n", seconds);
        return seconds;
      }
    }
    throw new IllegalStateException("The application did not answer its backlog in 10 minutes");
  }
}
