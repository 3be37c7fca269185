package io.rapport.gateway.infrastructure;

import io.rapport.infra.keycloak.KeycloakLauncher;
import io.rapport.infra.keycloak.KeycloakSettings;
import io.rapport.infra.keycloak.SupervisedKeycloak;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The identity provider: the configured realm, or an embedded Keycloak started as a child process
 * with the realm imported. It starts alongside the application; the application reports ready only
 * once Keycloak is.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakConfiguration {

  private static final Logger log = LoggerFactory.getLogger(KeycloakConfiguration.class);
  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

  @Bean(destroyMethod = "close")
  EmbeddedKeycloak embeddedKeycloak(
      InfrastructureProperties properties, DataDirectoryConfiguration.DataDirectory locked) {
    InfrastructureProperties.Keycloak keycloak = properties.keycloak();
    if (keycloak.external()) {
      return new EmbeddedKeycloak(null);
    }
    // the distribution is unpacked and built once per machine and shared; the realm's database
    // lives in the data directory
    SupervisedKeycloak supervised =
        SupervisedKeycloak.start(
            new KeycloakSettings(
                KeycloakSettings.sharedHome(),
                properties.dataDir().resolve("keycloak"),
                keycloak.httpPort(),
                keycloak.managementPort(),
                keycloak.adminPassword(),
                true));
    log.info(
        "Starting embedded Keycloak at {} (log: {})",
        supervised.launcher().issuerUri(),
        supervised.launcher().logFile());
    return new EmbeddedKeycloak(supervised);
  }

  @Bean
  IssuerEndpoint issuerEndpoint(InfrastructureProperties properties, EmbeddedKeycloak embedded) {
    return new IssuerEndpoint(
        embedded.launcher() != null
            ? embedded.launcher().issuerUri()
            : properties.keycloak().issuerUri().replaceAll("/+$", ""));
  }

  /**
   * Up while the realm answers: the embedded Keycloak once it reports ready (out of service until
   * then, and down while it is restarted), an external one while its discovery document loads
   * within two seconds.
   */
  @Bean
  HealthIndicator keycloak(ObjectProvider<EmbeddedKeycloak> embedded, IssuerEndpoint issuer) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(HEALTH_TIMEOUT)
            .build();
    return () -> {
      KeycloakLauncher launcher = embedded.getObject().launcher();
      if (launcher == null) {
        return (discoveryAnswers(http, issuer) ? Health.up() : Health.down())
            .withDetail("mode", "external")
            .withDetail("issuer", issuer.issuerUri())
            .build();
      }
      Health.Builder health =
          launcher.isReady()
              ? Health.up()
              : launcher.isAlive() ? Health.outOfService() : Health.down();
      return health
          .withDetail("mode", "embedded")
          .withDetail("issuer", launcher.issuerUri())
          .build();
    };
  }

  private static boolean discoveryAnswers(HttpClient http, IssuerEndpoint issuer) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(issuer.issuerUri() + "/.well-known/openid-configuration"))
              .timeout(HEALTH_TIMEOUT)
              .GET()
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The embedded Keycloak, if one was started; stopped with the application. */
  record EmbeddedKeycloak(SupervisedKeycloak supervised) {

    /** The server running now, null when Keycloak is external. */
    KeycloakLauncher launcher() {
      return supervised == null ? null : supervised.launcher();
    }

    void close() {
      if (supervised != null) {
        supervised.close();
      }
    }
  }
}
