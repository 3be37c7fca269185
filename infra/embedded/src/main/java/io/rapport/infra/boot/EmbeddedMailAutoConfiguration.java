package io.rapport.infra.boot;

import io.rapport.infra.mail.EmbeddedMailServer;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded mail server, when {@code spring.mail.host} is blank: SMTP and IMAP on 127.0.0.1
 * ({@code rapport.mail.smtp-port}, {@code rapport.mail.imap-port}), the mail kept in memory while
 * the application runs. It is started before the context is built (see {@link
 * EmbeddedServersEarlyStart}), where its address becomes {@code spring.mail.host} and {@code
 * spring.mail.port}, so that Spring Boot's {@code JavaMailSender} and the embedded Keycloak's realm
 * send to it; the bean here takes it over and stops it with the context.
 */
@AutoConfiguration
@Conditional(EmbeddedMailAutoConfiguration.OnEmbeddedMailStarted.class)
public class EmbeddedMailAutoConfiguration {

  /** The property source that points {@code spring.mail.*} at the embedded server. */
  static final String PROPERTY_SOURCE = "embeddedMailServer";

  @Bean(destroyMethod = "close")
  EmbeddedMailServer embeddedMailServer(ObjectProvider<EarlyStartedServers> early) {
    return early.getObject().takeMail();
  }

  /** Starts the server and points {@code spring.mail.host} and {@code spring.mail.port} at it. */
  static EmbeddedMailServer startServer(
      EmbeddedServerProperties properties, ConfigurableEnvironment environment) {
    EmbeddedMailServer server =
        EmbeddedMailServer.start(properties.mail().smtpPort(), properties.mail().imapPort());
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                PROPERTY_SOURCE,
                Map.of("spring.mail.host", server.host(), "spring.mail.port", server.smtpPort())));
    return server;
  }

  /** Matches when the embedded mail server was started for this application. */
  static class OnEmbeddedMailStarted extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      return context.getEnvironment() instanceof ConfigurableEnvironment environment
              && environment.getPropertySources().contains(PROPERTY_SOURCE)
          ? ConditionOutcome.match("the embedded mail server was started")
          : ConditionOutcome.noMatch("spring.mail.host is set, or nothing started a mail server");
    }
  }
}
