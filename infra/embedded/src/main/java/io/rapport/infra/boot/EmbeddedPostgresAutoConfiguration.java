package io.rapport.infra.boot;

import io.rapport.infra.postgres.EmbeddedPostgresServer;
import io.rapport.infra.process.DataDirectoryLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
      EmbeddedServerProperties properties, DataDirectoryLock locked) {
    EmbeddedServerProperties.Postgres postgres = properties.postgres();
    EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(
            properties.dataDir().resolve("postgres"), postgres.port(), postgres.durable());
    log.info("Embedded PostgreSQL at {} (durable: {})", server.jdbcUrl(), postgres.durable());
    return new EmbeddedPostgresConnection(server);
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
