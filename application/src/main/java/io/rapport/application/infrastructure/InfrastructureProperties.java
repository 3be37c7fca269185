package io.rapport.application.infrastructure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Rapport's data lives and how it is reached. Each server left unconfigured is started
 * embedded, when the build carries the embedded servers (module {@code infra/embedded}, which has
 * their own settings); a build without them must be given all three.
 *
 * @param postgres the event store
 * @param mongodb the read models
 * @param keycloak the identity provider
 */
@ConfigurationProperties("rapport")
public record InfrastructureProperties(
    @DefaultValue Postgres postgres,
    @DefaultValue Mongodb mongodb,
    @DefaultValue Keycloak keycloak) {

  /**
   * @param url JDBC URL of an external PostgreSQL; blank starts the embedded one
   * @param poolSize connections in the pool
   * @param connectionTimeout how long a request waits for a connection before it is answered 503
   * @param socketTimeout how long a statement may wait for the server's answer
   */
  public record Postgres(
      String url,
      @DefaultValue("postgres") String username,
      String password,
      @DefaultValue("16") int poolSize,
      @DefaultValue("3s") Duration connectionTimeout,
      @DefaultValue("30s") Duration socketTimeout) {

    public boolean external() {
      return url != null && !url.isBlank();
    }
  }

  /**
   * @param uri connection string of an external MongoDB; blank starts the embedded wire server
   * @param serverSelectionTimeout how long an operation waits for a reachable server before it
   *     fails (and its request is answered 503)
   * @param socketTimeout how long an operation may wait for the server's answer
   */
  public record Mongodb(
      String uri,
      @DefaultValue("3s") Duration serverSelectionTimeout,
      @DefaultValue("30s") Duration socketTimeout) {

    public boolean external() {
      return uri != null && !uri.isBlank();
    }
  }

  /**
   * @param issuerUri the realm's issuer of an external Keycloak; blank starts the embedded one
   * @param httpPort HTTP port of the embedded Keycloak, whose issuer is {@code
   *     http://localhost:<httpPort>/realms/rapport}
   */
  public record Keycloak(String issuerUri, @DefaultValue("8180") int httpPort) {

    public boolean external() {
      return issuerUri != null && !issuerUri.isBlank();
    }

    /** The issuer of access tokens: the external realm, or the embedded Keycloak's. */
    public String issuer() {
      return external()
          ? issuerUri.replaceAll("/+$", "")
          : "http://localhost:" + httpPort + "/realms/rapport";
    }
  }
}
