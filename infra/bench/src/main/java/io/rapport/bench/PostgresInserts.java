package io.rapport.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * P1's database baseline: single-row INSERT transactions into the event store's PostgreSQL (fsync
 * on), from 16 connections, as fast as it commits them. The rows go to a scratch table.
 */
final class PostgresInserts {

  private PostgresInserts() {}

  static double transactionsPerSecond(Settings settings, int connections, Duration duration)
      throws Exception {
    try (Connection setup = connect(settings);
        Statement statement = setup.createStatement()) {
      statement.execute(
          "create table if not exists bench_insert (id bigint generated always as identity primary"
              + " key, payload bytea not null)");
    }
    AtomicLong committed = new AtomicLong();
    long deadline = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    List<Future<?>> workers = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < connections; i++) {
      workers.add(
          pool.submit(
              () -> {
                try (Connection connection = connect(settings);
                    PreparedStatement insert =
                        connection.prepareStatement(
                            "insert into bench_insert (payload) values (?)")) {
                  byte[] payload = new byte[400];
                  while (System.nanoTime() < deadline) {
                    insert.setBytes(1, payload);
                    insert.executeUpdate();
                    committed.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    try (Connection cleanup = connect(settings);
        Statement statement = cleanup.createStatement()) {
      statement.execute("drop table bench_insert");
    }
    return committed.get() / seconds;
  }

  static Connection connect(Settings settings) throws SQLException {
    return DriverManager.getConnection(settings.jdbcUrl(), "postgres", "");
  }
}
