package io.rapport.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Waits, through the API's read-your-writes, until the read models have processed every event. */
final class CatchUp {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private CatchUp() {}

  static long head(Settings settings) throws Exception {
    try (Connection connection = PostgresInserts.connect(settings);
        Statement statement = connection.createStatement();
        ResultSet max =
            statement.executeQuery("select max(global_index) from domain_event_entry")) {
      max.next();
      return max.getLong(1);
    }
  }

  /** Seconds until a read at {@code position} is answered (each try waits up to 5 s). */
  static double await(Settings settings, String token, long position) throws Exception {
    long started = System.nanoTime();
    HttpRequest read =
        HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/api/v1/me"))
            .header("Authorization", "Bearer " + token)
            .header("Rapport-Position", Long.toString(position))
            .build();
    while (true) {
      int status = HTTP.send(read, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status == 200) {
        return (System.nanoTime() - started) / 1e9;
      }
      if (status != 503) {
        throw new IllegalStateException("A read at position " + position + " answered " + status);
      }
    }
  }
}
