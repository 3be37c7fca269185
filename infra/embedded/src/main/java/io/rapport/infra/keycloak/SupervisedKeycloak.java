package io.rapport.infra.keycloak;

import io.rapport.infra.process.Daemons;
import io.rapport.infra.process.JvmShutdown;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Keycloak that is started again, on the same ports and data, when its process dies
 * while the application runs; checked every {@link #SUPERVISE_EVERY}.
 */
public final class SupervisedKeycloak implements AutoCloseable {

  /** How often the server is checked and, when it died, started again. */
  public static final Duration SUPERVISE_EVERY = Duration.ofSeconds(2);

  private static final Logger log = LoggerFactory.getLogger(SupervisedKeycloak.class);

  private final KeycloakSettings settings;
  private final ScheduledExecutorService supervisor;
  private final JvmShutdown jvmShutdown = JvmShutdown.watch();
  private volatile KeycloakLauncher launcher;
  private boolean closed;

  private SupervisedKeycloak(KeycloakSettings settings, KeycloakLauncher first) {
    this.settings = settings;
    this.launcher = first;
    this.supervisor = Daemons.every(SUPERVISE_EVERY, "keycloak-supervisor", this::supervise);
  }

  /** Starts Keycloak (see {@link KeycloakLauncher#start}) and watches it. */
  public static SupervisedKeycloak start(KeycloakSettings settings) {
    return new SupervisedKeycloak(settings, KeycloakLauncher.start(settings));
  }

  /** The server running now. */
  public KeycloakLauncher launcher() {
    return launcher;
  }

  private synchronized void supervise() {
    if (closed || jvmShutdown.started() || launcher.isAlive()) {
      return;
    }
    log.error("Keycloak is gone; starting it again on port {}", settings.httpPort());
    launcher.close();
    try {
      launcher = KeycloakLauncher.start(settings);
    } catch (RuntimeException e) {
      log.error(
          "Keycloak did not start again; trying again in {}: {}", SUPERVISE_EVERY, e.toString());
    }
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      supervisor.shutdownNow();
      launcher.close();
    }
  }
}
