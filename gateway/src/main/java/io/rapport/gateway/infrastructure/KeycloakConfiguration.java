package io.rapport.gateway.infrastructure;

import io.rapport.infra.keycloak.KeycloakLauncher;
import io.rapport.infra.keycloak.KeycloakSettings;
import io.rapport.infra.keycloak.SupervisedKeycloak;
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

  /** Ready once the embedded Keycloak answers; always ready with an external one. */
  @Bean
  HealthIndicator keycloak(ObjectProvider<EmbeddedKeycloak> embedded) {
    return () -> {
      KeycloakLauncher launcher = embedded.getObject().launcher();
      if (launcher == null) {
        return Health.up().withDetail("mode", "external").build();
      }
      return (launcher.isReady() ? Health.up() : Health.outOfService())
          .withDetail("mode", "embedded")
          .withDetail("issuer", launcher.issuerUri())
          .build();
    };
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
