package io.rapport.infra.boot;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the embedded servers, started for each of {@code rapport.postgres.url}, {@code
 * rapport.mongodb.uri}, {@code rapport.keycloak.issuer-uri} and {@code spring.mail.host} left
 * blank.
 *
 * @param dataDir where the embedded servers keep their data
 */
@ConfigurationProperties("rapport")
public record EmbeddedServerProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue Postgres postgres,
    @DefaultValue Mongodb mongodb,
    @DefaultValue Keycloak keycloak,
    @DefaultValue Mail mail) {

  /**
   * @param port port of the embedded server (0: any free port)
   * @param durable whether the embedded server flushes every commit to disk
   */
  public record Postgres(@DefaultValue("0") int port, @DefaultValue("true") boolean durable) {}

  /**
   * @param port port of the embedded server (0: any free port)
   */
  public record Mongodb(@DefaultValue("0") int port) {}

  /**
   * @param httpPort HTTP port of the embedded Keycloak
   * @param managementPort health port of the embedded Keycloak
   * @param adminPassword password of the embedded Keycloak's bootstrap admin ({@code admin})
   */
  public record Keycloak(
      @DefaultValue("8180") int httpPort,
      @DefaultValue("8181") int managementPort,
      @DefaultValue("admin") String adminPassword) {}

  /**
   * Fixed by default, so that the mail of a run can be read at a known address and the realm that
   * the embedded Keycloak imported once keeps sending to the right port.
   *
   * @param smtpPort SMTP port of the embedded mail server (0: any free port)
   * @param imapPort IMAP port of the embedded mail server (0: any free port)
   */
  public record Mail(@DefaultValue("3025") int smtpPort, @DefaultValue("3143") int imapPort) {}
}
