package io.rapport.infra.keycloak;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how a local Keycloak runs.
 *
 * @param home folder into which the distribution is unpacked and built; several servers may share
 *     it as long as their {@code dataDir}s differ
 * @param dataDir folder holding the server's own state: the H2 database, transaction logs and the
 *     {@code keycloak.log} file
 * @param httpPort port of the HTTP listener (issuer {@code http://localhost:<httpPort>/realms/...})
 * @param managementPort port of the management interface serving {@code /health/ready}
 * @param adminPassword password of the bootstrap {@code admin} user of the master realm; only used
 *     when the database is created
 * @param durable whether {@code dataDir} survives {@link KeycloakLauncher#close()}; when {@code
 *     false} it is deleted there, and the server runs with the C1 compiler only, which starts
 *     faster but runs slower
 * @param smtpHost the SMTP server the realm sends its mail to (no authentication); like the rest of
 *     the realm, taken only when the realm is imported into a new {@code dataDir}
 * @param smtpPort its port
 */
public record KeycloakSettings(
    Path home,
    Path dataDir,
    int httpPort,
    int managementPort,
    String adminPassword,
    boolean durable,
    String smtpHost,
    int smtpPort) {

  /** Default HTTP port of the local Keycloak. */
  public static final int DEFAULT_HTTP_PORT = 8180;

  /** Default management port of the local Keycloak. */
  public static final int DEFAULT_MANAGEMENT_PORT = 8181;

  /** Default SMTP server of the realm: the embedded mail server's default address. */
  public static final String DEFAULT_SMTP_HOST = "127.0.0.1";

  /** Default SMTP port of the realm: the embedded mail server's default port. */
  public static final int DEFAULT_SMTP_PORT = 3025;

  /** Validates the settings. */
  public KeycloakSettings {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(adminPassword, "adminPassword");
    if (smtpHost == null || smtpHost.isBlank()) {
      throw new IllegalArgumentException("No SMTP host");
    }
    checkPort(httpPort);
    checkPort(managementPort);
    checkPort(smtpPort);
    if (httpPort == managementPort) {
      throw new IllegalArgumentException("HTTP and management ports must differ: " + httpPort);
    }
  }

  /**
   * Settings of the local development server: distribution and data in {@code ./data/keycloak},
   * ports 8180 and 8181, bootstrap admin {@code admin}/{@code admin}, data kept, mail to
   * 127.0.0.1:3025.
   */
  public static KeycloakSettings defaults() {
    Path home = Path.of("data", "keycloak");
    return new KeycloakSettings(
        home,
        home,
        DEFAULT_HTTP_PORT,
        DEFAULT_MANAGEMENT_PORT,
        "admin",
        true,
        DEFAULT_SMTP_HOST,
        DEFAULT_SMTP_PORT);
  }

  /**
   * Settings of a throwaway server: it shares the distribution built once in {@link #sharedHome()}
   * and keeps its database in {@code dataDir}, which is deleted on close; mail to 127.0.0.1:3025
   * unless {@link #withSmtp} says otherwise.
   */
  public static KeycloakSettings throwaway(Path dataDir, int httpPort, int managementPort) {
    return new KeycloakSettings(
        sharedHome(),
        dataDir,
        httpPort,
        managementPort,
        "admin",
        false,
        DEFAULT_SMTP_HOST,
        DEFAULT_SMTP_PORT);
  }

  /**
   * Folder shared by all throwaway servers of this user: {@code $XDG_CACHE_HOME/rapport/keycloak},
   * by default {@code ~/.cache/rapport/keycloak}.
   */
  public static Path sharedHome() {
    String cache = System.getenv("XDG_CACHE_HOME");
    Path base =
        cache == null || cache.isBlank()
            ? Path.of(System.getProperty("user.home"), ".cache")
            : Path.of(cache);
    return base.resolve("rapport").resolve("keycloak");
  }

  /** Returns a copy listening on other ports. */
  public KeycloakSettings withPorts(int httpPort, int managementPort) {
    return new KeycloakSettings(
        home, dataDir, httpPort, managementPort, adminPassword, durable, smtpHost, smtpPort);
  }

  /** Returns a copy whose realm sends its mail to another SMTP server. */
  public KeycloakSettings withSmtp(String smtpHost, int smtpPort) {
    return new KeycloakSettings(
        home, dataDir, httpPort, managementPort, adminPassword, durable, smtpHost, smtpPort);
  }

  private static void checkPort(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("Not a TCP port: " + port);
    }
  }
}
