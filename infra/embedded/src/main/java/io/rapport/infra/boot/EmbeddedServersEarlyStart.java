package io.rapport.infra.boot;

import io.rapport.infra.mail.EmbeddedMailServer;
import io.rapport.infra.process.DataDirectoryLock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL and Keycloak once the application's settings are known and before
 * its context is built, each on a thread of its own: Keycloak's start (the longest part of the
 * application's start) and PostgreSQL's then run beside the building of the context instead of
 * after the beans that need them. The embedded mail server starts here too, at once and first: its
 * address goes into the environment as {@code spring.mail.host} and {@code spring.mail.port} before
 * anything reads them. The auto-configurations take the servers over from here (see {@link
 * EarlyStartedServers}); without this listener they start PostgreSQL and Keycloak themselves, and
 * no mail server.
 */
public class EmbeddedServersEarlyStart implements ApplicationListener<SpringApplicationEvent> {

  static final String BEAN = "earlyStartedEmbeddedServers";

  /** What was started for each application still starting (by its context). */
  private final Map<ApplicationContext, EarlyStartedServers> starting = new ConcurrentHashMap<>();

  @Override
  public void onApplicationEvent(SpringApplicationEvent event) {
    if (event instanceof ApplicationPreparedEvent prepared) {
      ConfigurableApplicationContext context = prepared.getApplicationContext();
      EarlyStartedServers servers = start(context.getEnvironment());
      if (servers != null) {
        context.getBeanFactory().registerSingleton(BEAN, servers);
        starting.put(context, servers);
      }
    } else if (event instanceof ApplicationStartedEvent started) {
      starting.remove(started.getApplicationContext());
    } else if (event instanceof ApplicationFailedEvent failed
        && failed.getApplicationContext() != null) {
      EarlyStartedServers servers = starting.remove(failed.getApplicationContext());
      if (servers != null) {
        servers.closeUntaken();
      }
    }
  }

  private static EarlyStartedServers start(ConfigurableEnvironment environment) {
    boolean mail =
        blank(environment, "spring.mail.host")
            && !excluded(environment, EmbeddedMailAutoConfiguration.class);
    boolean postgres =
        blank(environment, "rapport.postgres.url")
            && !excluded(environment, EmbeddedPostgresAutoConfiguration.class);
    boolean keycloak =
        blank(environment, "rapport.keycloak.issuer-uri")
            && !excluded(environment, EmbeddedKeycloakAutoConfiguration.class);
    if (!mail && !postgres && !keycloak) {
      return null;
    }
    EmbeddedServerProperties properties =
        Binder.get(environment).bindOrCreate("rapport", EmbeddedServerProperties.class);
    DataDirectoryLock lock =
        postgres || keycloak ? DataDirectoryLock.acquire(properties.dataDir()) : null;
    // the mail server first: it is up in milliseconds, and Keycloak's realm is to send to it
    EmbeddedMailServer mailServer;
    try {
      mailServer = mail ? EmbeddedMailAutoConfiguration.startServer(properties, environment) : null;
    } catch (RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      throw e;
    }
    return new EarlyStartedServers(
        lock,
        mailServer,
        postgres
            ? CompletableFuture.supplyAsync(
                () -> EmbeddedPostgresAutoConfiguration.startServer(properties),
                thread("postgres-start"))
            : null,
        keycloak
            ? CompletableFuture.supplyAsync(
                () -> EmbeddedKeycloakAutoConfiguration.startServer(properties, environment),
                thread("keycloak-start"))
            : null);
  }

  private static boolean blank(Environment environment, String property) {
    String value = environment.getProperty(property);
    return value == null || value.isBlank();
  }

  private static boolean excluded(Environment environment, Class<?> configuration) {
    return Binder.get(environment)
        .bind("spring.autoconfigure.exclude", String[].class)
        .map(List::of)
        .orElse(List.of())
        .contains(configuration.getName());
  }

  /** Runs the task on a new thread of that name, which ends with it. */
  private static Executor thread(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      thread.start();
    };
  }
}
