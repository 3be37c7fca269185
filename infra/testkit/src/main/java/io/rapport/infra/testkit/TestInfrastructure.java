package io.rapport.infra.testkit;

import io.rapport.infra.keycloak.KeycloakTokens;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * PostgreSQL, MongoDB, Keycloak (with the demo realm) and a mail server for tests, started once per
 * JVM and stopped when it exits. {@code RAPPORT_TEST_INFRA=containers|embedded} forces a choice; by
 * default containers are used when a Docker engine answers, the embedded servers otherwise. Either
 * way the servers are real, and a failure to start them fails the tests: nothing is skipped.
 */
public final class TestInfrastructure {

  /** The password of every demo user. */
  public static final String DEMO_PASSWORD = "rapport-demo";

  private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
  private static TestInfrastructure instance;

  private final Servers servers;

  private TestInfrastructure(Servers servers) {
    this.servers = servers;
  }

  /** The servers of this test run, started on first use. */
  public static synchronized TestInfrastructure get() {
    if (instance == null) {
      Servers servers = useContainers() ? new ContainerServers() : new EmbeddedServers();
      log.info("Test infrastructure: {}", servers.mode());
      Runtime.getRuntime().addShutdownHook(new Thread(servers::close, "test-infrastructure-stop"));
      instance = new TestInfrastructure(servers);
    }
    return instance;
  }

  private static boolean useContainers() {
    String forced = System.getenv("RAPPORT_TEST_INFRA");
    if ("containers".equalsIgnoreCase(forced)) {
      return true;
    }
    if ("embedded".equalsIgnoreCase(forced)) {
      return false;
    }
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** {@code containers} or {@code embedded}. */
  public String mode() {
    return servers.mode();
  }

  public String postgresUrl() {
    return servers.postgresUrl();
  }

  public String postgresUsername() {
    return servers.postgresUsername();
  }

  public String postgresPassword() {
    return servers.postgresPassword();
  }

  /** A new connection to the event store's database. */
  public Connection postgresConnection() throws SQLException {
    return DriverManager.getConnection(postgresUrl(), postgresUsername(), postgresPassword());
  }

  /** The number a query of the event store's database answers, e.g. a count; 0 for no row. */
  public long postgresNumber(String query, Object... parameters) throws SQLException {
    try (Connection connection = postgresConnection();
        java.sql.PreparedStatement statement = connection.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (java.sql.ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  public String mongoUri() {
    return servers.mongoUri();
  }

  /** The demo realm's issuer, e.g. {@code http://localhost:PORT/realms/rapport}. */
  public String issuerUri() {
    return servers.issuerUri();
  }

  /** The base URL of Keycloak, for its admin API. */
  public String keycloakUrl() {
    return issuerUri().substring(0, issuerUri().indexOf("/realms/"));
  }

  /** The password of Keycloak's bootstrap admin in the master realm. */
  public String keycloakAdminPassword() {
    return servers.keycloakAdminPassword();
  }

  /**
   * The host of the mail server, for {@code spring.mail.host}: Keycloak's realm sends to the same
   * server.
   */
  public String smtpHost() {
    return servers.smtpHost();
  }

  /** The SMTP port of the mail server, for {@code spring.mail.port}. */
  public int smtpPort() {
    return servers.smtpPort();
  }

  /**
   * Every message the mail server received in this test run, read from the server itself; a message
   * to several addresses is there once per address. Poll it (Awaitility) for a message that is
   * still on its way.
   */
  public List<ReceivedMail> receivedMail() {
    return servers.receivedMail();
  }

  /** The messages delivered to that address, in the order they arrived. */
  public List<ReceivedMail> mailTo(String address) {
    return receivedMail().stream()
        .filter(mail -> mail.mailbox().equalsIgnoreCase(address))
        .toList();
  }

  /** A fresh access token of a demo user, through the {@code rapport-cli} client. */
  public String token(String username) {
    return KeycloakTokens.passwordGrant(issuerUri(), "rapport-cli", username, DEMO_PASSWORD);
  }
}
