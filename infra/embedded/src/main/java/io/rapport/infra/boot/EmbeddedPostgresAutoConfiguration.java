package io.rapport.infra.boot;

import io.rapport.infra.postgres.EmbeddedPostgresServer;
import io.rapport.infra.process.DataDirectoryLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/** The event store's embedded PostgreSQL, when {@code rapport.postgres.url} is blank. */
@AutoConfiguration(after = EmbeddedDataDirectoryAutoConfiguration.class)
@ConditionalOnBlankProperty("rapport.postgres.url")
public class EmbeddedPostgresAutoConfiguration {

  private static final Logger log =
      LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgresConnection embeddedPostgres(
      EmbeddedServerProperties properties,
      DataDirectoryLock locked,
      ObjectProvider<EarlyStartedServers> early) {
    EarlyStartedServers started = early.getIfAvailable();
    EmbeddedPostgresServer server = started == null ? null : started.takePostgres();
    return new EmbeddedPostgresConnection(server != null ? server : startServer(properties));
  }

  /** Starts the server; the caller holds the lock of the data folder. */
  static EmbeddedPostgresServer startServer(EmbeddedServerProperties properties) {
    EmbeddedServerProperties.Postgres postgres = properties.postgres();
    EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(
            properties.dataDir().resolve("postgres"), postgres.port(), postgres.durable());
    log.info("Embedded PostgreSQL at {} (durable: {})", server.jdbcUrl(), postgres.durable());
    return server;
  }

  /** Where the embedded server listens; closing it stops the server. */
  record EmbeddedPostgresConnection(EmbeddedPostgresServer server)
      implements JdbcConnectionDetails, AutoCloseable {

    @Override
    public String getJdbcUrl() {
      return server.jdbcUrl();
    }

    @Override
    public String getUsername() {
      return server.username();
    }

    @Override
    public String getPassword() {
      return "";
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
