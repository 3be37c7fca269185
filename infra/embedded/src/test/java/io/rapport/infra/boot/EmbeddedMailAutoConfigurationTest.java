package io.rapport.infra.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.infra.keycloak.KeycloakSettings;
import io.rapport.infra.mail.EmbeddedMailServer;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * With {@code spring.mail.host} blank, the embedded mail server starts before the context, Spring
 * Boot's {@code JavaMailSender} and the embedded Keycloak's realm send to it, and it stops with the
 * application, also with one that fails to start; with a host set, nothing starts.
 */
class EmbeddedMailAutoConfigurationTest {

  private static final String[] OTHER_SERVERS_ELSEWHERE = {
    "rapport.keycloak.issuer-uri=http://localhost:1/realms/rapport",
    "rapport.postgres.url=jdbc:postgresql://localhost:1/rapport"
  };

  @TempDir Path data;

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({EmbeddedMailAutoConfiguration.class, MailSenderAutoConfiguration.class})
  static class MailOnly {}

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({EmbeddedMailAutoConfiguration.class, MailSenderAutoConfiguration.class})
  static class FailsToStart {
    @Bean
    String broken() {
      throw new IllegalStateException("a bean that cannot be made");
    }
  }

  @Test
  void theApplicationsMailSenderSendsToTheEmbeddedServer() throws Exception {
    try (ConfigurableApplicationContext context = run(MailOnly.class, 0, 0)) {
      EmbeddedMailServer server = context.getBean(EmbeddedMailServer.class);
      assertThat(context.getEnvironment().getProperty("spring.mail.host")).isEqualTo("127.0.0.1");
      assertThat(context.getEnvironment().getProperty("spring.mail.port", Integer.class))
          .isEqualTo(server.smtpPort());

      JavaMailSender sender = context.getBean(JavaMailSender.class);
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom("no-reply@rapport.local");
      helper.setTo("carla.coach@northfield.example");
      helper.setSubject("Ben asked for help");
      helper.setText("Ben asked for help.", "<p>Ben asked for <b>help</b>.</p>");
      sender.send(message);

      assertThat(server.receivedMessages()).hasSize(1);
      assertThat(server.receivedMessages().get(0).getSubject()).isEqualTo("Ben asked for help");
      try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
        store.connect(server.host(), server.imapPort(), "carla.coach@northfield.example", "x");
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        Message[] messages = inbox.getMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getSubject()).isEqualTo("Ben asked for help");
        assertThat(messages[0].getContent()).isInstanceOf(Multipart.class);
        inbox.close(false);
      }
    }
  }

  @Test
  void theEmbeddedKeycloaksRealmSendsToTheEmbeddedServer() {
    try (ConfigurableApplicationContext context = run(MailOnly.class, 0, 0)) {
      EmbeddedServerProperties properties =
          Binder.get(context.getEnvironment())
              .bindOrCreate("rapport", EmbeddedServerProperties.class);

      KeycloakSettings settings =
          EmbeddedKeycloakAutoConfiguration.settings(properties, context.getEnvironment());

      EmbeddedMailServer server = context.getBean(EmbeddedMailServer.class);
      assertThat(settings.smtpHost()).isEqualTo("127.0.0.1");
      assertThat(settings.smtpPort()).isEqualTo(server.smtpPort());
    }
  }

  @Test
  void theServerListensOnTheConfiguredPortsAndStopsWithTheApplication() throws IOException {
    int smtp = freePort();
    int imap = freePort();
    ConfigurableApplicationContext context = run(MailOnly.class, smtp, imap);
    EarlyStartedServers early =
        (EarlyStartedServers) context.getBean(EmbeddedServersEarlyStart.BEAN);
    assertThat(context.getBean(EmbeddedMailServer.class)).isSameAs(early.takeMail());
    assertThat(early.takeLock()).as("the mail server keeps no data").isNull();
    assertThat(listens(smtp)).isTrue();
    assertThat(listens(imap)).isTrue();

    context.close();

    assertThat(listens(smtp)).isFalse();
    assertThat(listens(imap)).isFalse();
  }

  @Test
  void anApplicationThatFailsToStartStopsTheMailServer() throws IOException {
    int smtp = freePort();
    int imap = freePort();

    assertThatThrownBy(() -> run(FailsToStart.class, smtp, imap))
        .hasRootCauseMessage("a bean that cannot be made");

    assertThat(listens(smtp)).isFalse();
    assertThat(listens(imap)).isFalse();
  }

  @Test
  void nothingStartsWhenAMailHostIsSet() {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(MailOnly.class)
            .web(WebApplicationType.NONE)
            .properties(OTHER_SERVERS_ELSEWHERE)
            .properties(
                "rapport.data-dir=" + data,
                "spring.mail.host=smtp.example.org",
                "spring.mail.port=587")
            .run()) {
      assertThat(context.containsBean(EmbeddedServersEarlyStart.BEAN)).isFalse();
      assertThat(context.getBeansOfType(EmbeddedMailServer.class)).isEmpty();
      JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
      assertThat(sender.getHost()).isEqualTo("smtp.example.org");
      assertThat(sender.getPort()).isEqualTo(587);
    }
  }

  private ConfigurableApplicationContext run(Class<?> configuration, int smtpPort, int imapPort) {
    return new SpringApplicationBuilder(configuration)
        .web(WebApplicationType.NONE)
        .properties(OTHER_SERVERS_ELSEWHERE)
        .properties(
            "rapport.data-dir=" + data,
            "rapport.mail.smtp-port=" + smtpPort,
            "rapport.mail.imap-port=" + imapPort)
        .run();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }

  private static boolean listens(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return socket.isConnected();
    } catch (IOException e) {
      return false;
    }
  }
}
