package io.rapport.infra.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.rapport.infra.boot.EmbeddedPostgresAutoConfiguration.EmbeddedPostgresConnection;
import io.rapport.infra.process.DataDirectoryLock;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded PostgreSQL starts before the application context is built, on a thread of its own,
 * and the bean that stands for it takes it over; configured as external, nothing starts early; an
 * application that fails to start stops what was started early and lets go of the data folder.
 */
class EmbeddedServersEarlyStartTest {

  private static final String KEYCLOAK_ELSEWHERE =
      "rapport.keycloak.issuer-uri=http://localhost:1/realms/rapport";
  private static final String MAIL_ELSEWHERE = "spring.mail.host=localhost";

  @TempDir Path data;

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({
    EmbeddedDataDirectoryAutoConfiguration.class,
    EmbeddedPostgresAutoConfiguration.class
  })
  static class PostgresOnly {}

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({
    EmbeddedDataDirectoryAutoConfiguration.class,
    EmbeddedPostgresAutoConfiguration.class
  })
  static class FailsToStart {
    @Bean
    String broken() {
      throw new IllegalStateException("a bean that cannot be made");
    }
  }

  @Test
  void theEmbeddedPostgresStartsBeforeTheContextAndItsBeanTakesItOver() {
    try (ConfigurableApplicationContext context = run(PostgresOnly.class)) {
      EarlyStartedServers early =
          (EarlyStartedServers) context.getBean(EmbeddedServersEarlyStart.BEAN);
      EmbeddedPostgresConnection bean = context.getBean(EmbeddedPostgresConnection.class);

      assertThat(bean.server()).isSameAs(early.takePostgres());
      assertThat(early.takeKeycloak()).as("Keycloak is configured elsewhere").isNull();
      assertThat(early.takeMail()).as("the mail server is configured elsewhere").isNull();
      assertThat(listens(bean.server().port())).isTrue();
    }
  }

  @Test
  void nothingStartsEarlyWhenEveryServerIsExternal() {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(PostgresOnly.class)
            .web(WebApplicationType.NONE)
            .properties(
                "rapport.data-dir=" + data,
                KEYCLOAK_ELSEWHERE,
                MAIL_ELSEWHERE,
                "rapport.postgres.url=jdbc:postgresql://localhost:1/rapport")
            .run()) {
      assertThat(context.containsBean(EmbeddedServersEarlyStart.BEAN)).isFalse();
      assertThat(context.getBeansOfType(EmbeddedPostgresConnection.class)).isEmpty();
    }
  }

  @Test
  void anApplicationThatFailsToStartStopsWhatStartedEarlyAndLetsGoOfItsData() {
    assertThatThrownBy(() -> run(FailsToStart.class))
        .hasRootCauseMessage("a bean that cannot be made");

    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreException(IllegalStateException.class)
        .untilAsserted(
            () -> {
              assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
              try (DataDirectoryLock lock = DataDirectoryLock.acquire(data)) {
                assertThat(lock).isNotNull();
              }
            });
  }

  private ConfigurableApplicationContext run(Class<?> configuration) {
    return new SpringApplicationBuilder(configuration)
        .web(WebApplicationType.NONE)
        .properties(
            "rapport.data-dir=" + data,
            KEYCLOAK_ELSEWHERE,
            MAIL_ELSEWHERE,
            "rapport.postgres.durable=false")
        .run();
  }

  private static boolean listens(int port) {
    try (Socket socket = new Socket("localhost", port)) {
      return socket.isConnected();
    } catch (IOException e) {
      return false;
    }
  }
}
