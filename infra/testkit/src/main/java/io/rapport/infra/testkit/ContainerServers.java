package io.rapport.infra.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The same servers from pinned container images, where a Docker engine answers. Keycloak reaches
 * the mail server on a network of their own; the tests read the mail over IMAP, mailbox by mailbox
 * as the mail server's REST API lists them.
 */
final class ContainerServers implements Servers {

  static final String POSTGRES_IMAGE = "postgres:17.6";
  static final String MONGO_IMAGE = "mongo:8.0.15";
  static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.7.3";
  static final String MAIL_IMAGE = "greenmail/standalone:2.1.8";
  private static final String ADMIN_PASSWORD = "admin";
  private static final String MAIL_ALIAS = "mail";
  private static final int SMTP = 3025;
  private static final int IMAP = 3143;
  private static final int MAIL_API = 8080;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Network network;
  private final PostgreSQLContainer<?> postgres;
  private final MongoDBContainer mongo;
  private final GenericContainer<?> mail;
  private final GenericContainer<?> keycloak;

  @SuppressWarnings("resource")
  ContainerServers() {
    network = Network.newNetwork();
    postgres = new PostgreSQLContainer<>(DockerImageName.parse(POSTGRES_IMAGE));
    mongo = new MongoDBContainer(DockerImageName.parse(MONGO_IMAGE));
    // the image accepts any user and password (greenmail.auth.disabled)
    mail =
        new GenericContainer<>(DockerImageName.parse(MAIL_IMAGE))
            .withNetwork(network)
            .withNetworkAliases(MAIL_ALIAS)
            .withExposedPorts(SMTP, IMAP, MAIL_API)
            .waitingFor(
                Wait.forHttp("/api/service/readiness")
                    .forPort(MAIL_API)
                    .withStartupTimeout(Duration.ofMinutes(1)));
    keycloak =
        new GenericContainer<>(DockerImageName.parse(KEYCLOAK_IMAGE))
            .withNetwork(network)
            .withExposedPorts(8080, 9000)
            .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
            .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD)
            .withEnv("KC_HEALTH_ENABLED", "true")
            // read by the realm file's placeholders when it is imported
            .withEnv("RAPPORT_SMTP_HOST", MAIL_ALIAS)
            .withEnv("RAPPORT_SMTP_PORT", String.valueOf(SMTP))
            // the demo's Northfield sign-in realm, reached by Keycloak itself on its own port
            .withEnv("RAPPORT_KEYCLOAK_URL", "http://localhost:8080")
            .withCopyFileToContainer(
                MountableFile.forClasspathResource("keycloak/rapport-realm.json"),
                "/opt/keycloak/data/import/rapport-realm.json")
            .withCopyFileToContainer(
                MountableFile.forClasspathResource("keycloak/northfield-sso-realm.json"),
                "/opt/keycloak/data/import/northfield-sso-realm.json")
            .withCommand("start-dev", "--import-realm")
            .waitingFor(
                Wait.forHttp("/health/ready")
                    .forPort(9000)
                    .withStartupTimeout(Duration.ofMinutes(4)));
    mail.start();
    keycloak.start();
    postgres.start();
    mongo.start();
  }

  @Override
  public String mode() {
    return "containers";
  }

  @Override
  public String postgresUrl() {
    return postgres.getJdbcUrl();
  }

  @Override
  public String postgresUsername() {
    return postgres.getUsername();
  }

  @Override
  public String postgresPassword() {
    return postgres.getPassword();
  }

  @Override
  public String mongoUri() {
    return mongo.getConnectionString();
  }

  @Override
  public String issuerUri() {
    return "http://localhost:" + keycloak.getMappedPort(8080) + "/realms/rapport";
  }

  @Override
  public String keycloakAdminPassword() {
    return ADMIN_PASSWORD;
  }

  @Override
  public String smtpHost() {
    return mail.getHost();
  }

  @Override
  public int smtpPort() {
    return mail.getMappedPort(SMTP);
  }

  @Override
  public List<ReceivedMail> receivedMail() {
    List<ReceivedMail> received = new ArrayList<>();
    for (JsonNode user : mailboxes()) {
      received.addAll(inbox(user.path("login").asText(), user.path("email").asText()));
    }
    return received;
  }

  /** The users of the mail server, {@code login} and {@code email}: one per address mailed. */
  private JsonNode mailboxes() {
    URI users =
        URI.create("http://" + mail.getHost() + ":" + mail.getMappedPort(MAIL_API) + "/api/user");
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(users).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "The mail server did not list its users: "
                + response.statusCode()
                + " "
                + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot reach the mail server's API at " + users, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  /** The messages in the mailbox of an address, read over IMAP. */
  private List<ReceivedMail> inbox(String login, String address) {
    Properties properties = new Properties();
    properties.put("mail.imap.connectiontimeout", "10000");
    properties.put("mail.imap.timeout", "10000");
    try (Store store = Session.getInstance(properties).getStore("imap")) {
      store.connect(mail.getHost(), mail.getMappedPort(IMAP), login, "any password");
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      try {
        List<ReceivedMail> received = new ArrayList<>();
        for (Message message : inbox.getMessages()) {
          received.add(MailMessages.read(address, (MimeMessage) message));
        }
        return received;
      } finally {
        inbox.close(false);
      }
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot read the mailbox of " + address + " over IMAP", e);
    }
  }

  @Override
  public void close() {
    keycloak.stop();
    mongo.stop();
    postgres.stop();
    mail.stop();
    network.close();
  }
}
