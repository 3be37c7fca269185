package io.rapport.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** P4's baseline: reading the event table in order, every column, as a processor's stream does. */
final class EventTableRead {

  private EventTableRead() {}

  static double eventsPerSecond(Settings settings) throws Exception {
    try (Connection connection = PostgresInserts.connect(settings)) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.setFetchSize(1000);
        long started = System.nanoTime();
        long rows = 0;
        long bytes = 0;
        try (ResultSet events =
            statement.executeQuery(
                "select global_index, event_identifier, aggregate_identifier, sequence_number,"
                    + " type, time_stamp, payload_type, payload_revision, payload, meta_data"
                    + " from domain_event_entry order by global_index")) {
          while (events.next()) {
            bytes += events.getBytes(9).length;
            rows++;
          }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
            "  read %,d events (%,d MB of payload) in %.1f s%n", rows, bytes >> 20, seconds);
        return rows / seconds;
      }
    }
  }
}
