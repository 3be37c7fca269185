package io.rapport.infra.boot;

import io.rapport.infra.keycloak.KeycloakLauncher;
import io.rapport.infra.keycloak.KeycloakSettings;
import io.rapport.infra.keycloak.SupervisedKeycloak;
import io.rapport.infra.process.DataDirectoryLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * An embedded Keycloak, started as a child process with the realm imported, when {@code
 * rapport.keycloak.issuer-uri} is blank. It starts alongside the application; the application
 * reports ready only once Keycloak is. Its realm's issuer is {@code
 * http://localhost:<httpPort>/realms/rapport}. It is started before the context is built (see
 * {@link EmbeddedServersEarlyStart}) where the application starts through Spring Boot.
 */
@AutoConfiguration(after = EmbeddedDataDirectoryAutoConfiguration.class)
@ConditionalOnBlankProperty("rapport.keycloak.issuer-uri")
public class EmbeddedKeycloakAutoConfiguration {

  private static final Logger log =
      LoggerFactory.getLogger(EmbeddedKeycloakAutoConfiguration.class);

  /** SMTP's own port, where {@code spring.mail.port} is not set. */
  private static final int SMTP_PORT = 25;

  @Bean(destroyMethod = "close")
  SupervisedKeycloak embeddedKeycloak(
      EmbeddedServerProperties properties,
      DataDirectoryLock locked,
      ObjectProvider<EarlyStartedServers> early,
      Environment environment) {
    EarlyStartedServers started = early.getIfAvailable();
    SupervisedKeycloak supervised = started == null ? null : started.takeKeycloak();
    return supervised != null ? supervised : startServer(properties, environment);
  }

  /** Starts Keycloak; the caller holds the lock of the data folder. */
  static SupervisedKeycloak startServer(
      EmbeddedServerProperties properties, Environment environment) {
    SupervisedKeycloak supervised = SupervisedKeycloak.start(settings(properties, environment));
    log.info(
        "Starting embedded Keycloak at {} (log: {})",
        supervised.launcher().issuerUri(),
        supervised.launcher().logFile());
    return supervised;
  }

  /**
   * The settings of the embedded Keycloak. Its realm sends mail to {@code spring.mail.host} and
   * {@code spring.mail.port}: the embedded mail server's once it runs.
   */
  static KeycloakSettings settings(EmbeddedServerProperties properties, Environment environment) {
    EmbeddedServerProperties.Keycloak keycloak = properties.keycloak();
    String smtpHost = environment.getProperty("spring.mail.host", "");
    // the distribution is unpacked and built once per machine and shared; the realm's database
    // lives in the data directory
    return new KeycloakSettings(
        KeycloakSettings.sharedHome(),
        properties.dataDir().resolve("keycloak"),
        keycloak.httpPort(),
        keycloak.managementPort(),
        keycloak.adminPassword(),
        true,
        smtpHost.isBlank() ? KeycloakSettings.DEFAULT_SMTP_HOST : smtpHost,
        environment.getProperty("spring.mail.port", Integer.class, SMTP_PORT));
  }

  /** Out of service until Keycloak reports ready, down while it is restarted. */
  @Bean
  HealthIndicator keycloak(SupervisedKeycloak embedded) {
    return () -> {
      KeycloakLauncher launcher = embedded.launcher();
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
}
