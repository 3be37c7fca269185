package io.rapport.gateway.infrastructure;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.rapport.infra.postgres.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event store's PostgreSQL: the configured one, or the embedded one. */
@Configuration(proxyBeanMethods = false)
class PostgresConfiguration {

  private static final Logger log = LoggerFactory.getLogger(PostgresConfiguration.class);

  /** The server to connect to, and the embedded server to stop with the application, if any. */
  record PostgresConnection(String url, String username, String password, AutoCloseable server)
      implements AutoCloseable {

    @Override
    public void close() throws Exception {
      if (server != null) {
        server.close();
      }
    }
  }

  @Bean
  PostgresConnection postgresConnection(
      InfrastructureProperties properties, DataDirectoryConfiguration.DataDirectory locked) {
    InfrastructureProperties.Postgres postgres = properties.postgres();
    if (postgres.external()) {
      return new PostgresConnection(postgres.url(), postgres.username(), postgres.password(), null);
    }
    EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(
            properties.dataDir().resolve("postgres"), postgres.port(), postgres.durable());
    log.info("Embedded PostgreSQL at {} (durable: {})", server.jdbcUrl(), postgres.durable());
    return new PostgresConnection(server.jdbcUrl(), server.username(), "", server);
  }

  @Bean
  HikariDataSource dataSource(PostgresConnection connection, InfrastructureProperties properties) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("rapport-events");
    config.setJdbcUrl(connection.url());
    config.setUsername(connection.username());
    config.setPassword(connection.password());
    config.setMaximumPoolSize(properties.postgres().poolSize());
    // an unreachable or stalled server answers requests 503 within these, never hangs them
    config.setConnectionTimeout(properties.postgres().connectionTimeout().toMillis());
    config.setValidationTimeout(
        Math.min(1000, properties.postgres().connectionTimeout().toMillis() - 250));
    config.addDataSourceProperty(
        "connectTimeout", Math.max(1, properties.postgres().connectionTimeout().toSeconds()));
    config.addDataSourceProperty(
        "socketTimeout", properties.postgres().socketTimeout().toSeconds());
    return new HikariDataSource(config);
  }
}
