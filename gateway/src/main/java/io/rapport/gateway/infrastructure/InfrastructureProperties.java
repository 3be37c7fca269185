package io.rapport.gateway.infrastructure;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Rapport's data lives. Each server left unconfigured is started embedded, with its data
 * under {@code dataDir}.
 *
 * @param dataDir where embedded servers keep their data
 * @param postgres the event store
 * @param mongodb the read models
 * @param keycloak the identity provider, when embedded
 */
@ConfigurationProperties("rapport")
public record InfrastructureProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue Postgres postgres,
    @DefaultValue Mongodb mongodb,
    @DefaultValue Keycloak keycloak) {

  /**
   * @param url JDBC URL of an external PostgreSQL; blank starts the embedded one
   * @param port port of the embedded server (0: any free port)
   * @param durable whether the embedded server flushes every commit to disk
   * @param poolSize connections in the pool
   * @param connectionTimeout how long a request waits for a connection before it is answered 503
   * @param socketTimeout how long a statement may wait for the server's answer
   */
  public record Postgres(
      String url,
      @DefaultValue("postgres") String username,
      String password,
      @DefaultValue("0") int port,
      @DefaultValue("true") boolean durable,
      @DefaultValue("16") int poolSize,
      @DefaultValue("3s") Duration connectionTimeout,
      @DefaultValue("30s") Duration socketTimeout) {

    public boolean external() {
      return url != null && !url.isBlank();
    }
  }

  /**
   * @param uri connection string of an external MongoDB; blank starts the embedded wire server
   * @param port port of the embedded server (0: any free port)
   * @param serverSelectionTimeout how long an operation waits for a reachable server before it
   *     fails (and its request is answered 503)
   * @param socketTimeout how long an operation may wait for the server's answer
   */
  public record Mongodb(
      String uri,
      @DefaultValue("0") int port,
      @DefaultValue("3s") Duration serverSelectionTimeout,
      @DefaultValue("30s") Duration socketTimeout) {

    public boolean external() {
      return uri != null && !uri.isBlank();
    }
  }

  /**
   * @param issuerUri the realm's issuer of an external Keycloak; blank starts the embedded one
   * @param httpPort HTTP port of the embedded Keycloak
   * @param managementPort health port of the embedded Keycloak
   * @param adminPassword password of the embedded Keycloak's bootstrap admin ({@code admin})
   */
  public record Keycloak(
      String issuerUri,
      @DefaultValue("8180") int httpPort,
      @DefaultValue("8181") int managementPort,
      @DefaultValue("admin") String adminPassword) {

    public boolean external() {
      return issuerUri != null && !issuerUri.isBlank();
    }
  }
}
