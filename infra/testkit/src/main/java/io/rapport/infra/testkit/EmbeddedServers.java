package io.rapport.infra.testkit;

import io.rapport.infra.keycloak.KeycloakLauncher;
import io.rapport.infra.keycloak.KeycloakSettings;
import io.rapport.infra.mail.EmbeddedMailServer;
import io.rapport.infra.mongo.EmbeddedMongoServer;
import io.rapport.infra.postgres.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded real servers: PostgreSQL 17 binaries (without fsync: tests may lose data on a
 * crash), the MongoDB wire server in an H2 file as the application keeps it, Keycloak on a
 * throwaway database that shares one built distribution, and the mail server that the application
 * and Keycloak's realm send to. The mail server starts first, as Keycloak's realm needs its port;
 * Keycloak next, in the background, as it takes longest.
 */
final class EmbeddedServers implements Servers {

  private static final Duration KEYCLOAK_START = Duration.ofMinutes(4);

  private final EmbeddedMailServer mail;
  private final KeycloakLauncher keycloak;
  private final EmbeddedPostgresServer postgres;
  private final EmbeddedMongoServer mongo;

  EmbeddedServers() {
    try {
      Path root = Files.createTempDirectory("rapport-test-");
      mail = EmbeddedMailServer.start(0, 0);
      keycloak =
          KeycloakLauncher.start(
              KeycloakSettings.throwaway(root.resolve("keycloak"), freePort(), freePort())
                  .withSmtp(mail.host(), mail.smtpPort()));
      postgres = EmbeddedPostgresServer.start(root.resolve("postgres"), 0, false);
      mongo = EmbeddedMongoServer.start(root.resolve("mongodb").resolve("read-models.bson.mv"), 0);
      keycloak.awaitReady(KEYCLOAK_START);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public String mode() {
    return "embedded";
  }

  @Override
  public String postgresUrl() {
    return postgres.jdbcUrl();
  }

  @Override
  public String postgresUsername() {
    return postgres.username();
  }

  @Override
  public String postgresPassword() {
    return "";
  }

  @Override
  public String mongoUri() {
    return mongo.connectionString();
  }

  @Override
  public String issuerUri() {
    return keycloak.issuerUri();
  }

  @Override
  public String keycloakAdminPassword() {
    return keycloak.settings().adminPassword();
  }

  @Override
  public String smtpHost() {
    return mail.host();
  }

  @Override
  public int smtpPort() {
    return mail.smtpPort();
  }

  @Override
  public List<ReceivedMail> receivedMail() {
    List<ReceivedMail> received = new ArrayList<>();
    mail.receivedMessagesByMailbox()
        .forEach(
            (mailbox, messages) ->
                messages.forEach(message -> received.add(MailMessages.read(mailbox, message))));
    return received;
  }

  @Override
  public void close() {
    keycloak.close();
    mongo.close();
    postgres.close();
    mail.close();
  }
}
