package io.rapport.application.infrastructure;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store's PostgreSQL: the configured one, or the embedded one that {@code infra/embedded}
 * starts and describes as connection details.
 */
@Configuration(proxyBeanMethods = false)
class PostgresConfiguration {

  @Bean
  HikariDataSource dataSource(
      InfrastructureProperties properties, ObjectProvider<JdbcConnectionDetails> embedded) {
    InfrastructureProperties.Postgres postgres = properties.postgres();
    HikariConfig config = new HikariConfig();
    config.setPoolName("rapport-events");
    if (postgres.external()) {
      config.setJdbcUrl(postgres.url());
      config.setUsername(postgres.username());
      config.setPassword(postgres.password());
    } else {
      JdbcConnectionDetails server =
          embedded.getIfAvailable(
              () -> {
                throw EmbeddedServers.missing("RAPPORT_POSTGRES_URL");
              });
      config.setJdbcUrl(server.getJdbcUrl());
      config.setUsername(server.getUsername());
      config.setPassword(server.getPassword());
    }
    config.setMaximumPoolSize(postgres.poolSize());
    // an unreachable or stalled server answers requests 503 within these, never hangs them
    config.setConnectionTimeout(postgres.connectionTimeout().toMillis());
    config.setValidationTimeout(Math.min(1000, postgres.connectionTimeout().toMillis() - 250));
    config.addDataSourceProperty(
        "connectTimeout", Math.max(1, postgres.connectionTimeout().toSeconds()));
    config.addDataSourceProperty("socketTimeout", postgres.socketTimeout().toSeconds());
    return new HikariDataSource(config);
  }
}
