package io.rapport.infra.keycloak;

import io.rapport.infra.process.Leftovers;
import io.rapport.infra.process.ParentWatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Keycloak from its official distribution as a child process with the {@value #REALM} realm
 * imported from {@code keycloak/rapport-realm.json} on the classpath.
 *
 * <p>{@link #start} unpacks the distribution zip from the local Maven repository into {@link
 * KeycloakSettings#home()} and builds it once, then spawns {@code kc.sh start --optimized} with a
 * JDK found by {@link JdkLocator}, an H2 database in {@link KeycloakSettings#dataDir()} and its
 * output in {@code dataDir/keycloak.log}. The server listens on 127.0.0.1 only; its issuer is
 * always {@code http://localhost:<httpPort>/realms/rapport}. The realm is imported only when the
 * database does not hold it yet, so changes to the realm file need a fresh data folder. The realm
 * sends its mail to {@link KeycloakSettings#smtpHost()}:{@link KeycloakSettings#smtpPort()}, passed
 * to the import as the variables its placeholders name.
 *
 * <p>The bootstrap admin of the master realm is {@code admin} with {@link
 * KeycloakSettings#adminPassword()}. {@link #close()} or, failing that, a JVM shutdown hook stops
 * the server; when the JVM is killed, a {@link ParentWatch} does. Its process id is kept in {@code
 * dataDir/keycloak.pid}, where the next start finds and stops a server that a killed run left.
 *
 * <p>The realm's confidential client {@code rapport-admin} has a service account allowed to manage
 * users and organizations. Its secret, {@code rapport-admin-demo-secret}, is a fixed demo value set
 * only in the realm file; production overrides it with a secret of its own.
 */
public final class KeycloakLauncher implements AutoCloseable {

  /** Name of the imported realm. */
  public static final String REALM = "rapport";

  /** Name of the bootstrap admin user of the master realm. */
  public static final String ADMIN_USERNAME = "admin";

  /**
   * The variable naming Keycloak's own address in the realm files (where Rapport's realm reaches
   * the demo's Northfield sign-in realm).
   */
  public static final String KEYCLOAK_URL_VARIABLE = "RAPPORT_KEYCLOAK_URL";

  /** The variable naming the realm's SMTP host in the realm files. */
  public static final String SMTP_HOST_VARIABLE = "RAPPORT_SMTP_HOST";

  /** The variable naming the realm's SMTP port in the realm files. */
  public static final String SMTP_PORT_VARIABLE = "RAPPORT_SMTP_PORT";

  private static final Logger LOG = LoggerFactory.getLogger(KeycloakLauncher.class);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  private static final String PID_FILE = "keycloak.pid";
  // util-linux: the server and its children in a process group of their own, out of the
  // terminal's, so that the watch (and only it, or close()) stops them
  private static final String SETSID = "/usr/bin/setsid";
  private static final int LOG_TAIL_LINES = 40;

  private final KeycloakSettings settings;
  private final Process process;
  private final ParentWatch watch;
  private final Path pidFile;
  private final Path logFile;
  private final long startedNanos;
  private final Thread shutdownHook;
  private final HttpClient http;
  private final AtomicBoolean closed = new AtomicBoolean();

  private KeycloakLauncher(
      KeycloakSettings settings,
      Process process,
      ParentWatch watch,
      Path pidFile,
      Path logFile,
      long startedNanos) {
    this.settings = settings;
    this.process = process;
    this.watch = watch;
    this.pidFile = pidFile;
    this.logFile = logFile;
    this.startedNanos = startedNanos;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    this.shutdownHook = new Thread(this::close, "keycloak-shutdown");
  }

  /**
   * Prepares the distribution (unpacking and building it the first time, which takes about half a
   * minute) and spawns Keycloak; returns without waiting for it to be ready.
   *
   * @throws IllegalStateException when a port is taken, no JDK 21+ is found or the distribution
   *     cannot be prepared
   */
  public static KeycloakLauncher start(KeycloakSettings settings) {
    Path pidFile = settings.dataDir().toAbsolutePath().resolve(PID_FILE);
    Leftovers.stopRecorded(pidFile, "keycloak", STOP_TIMEOUT);
    ensurePortFree(settings.httpPort(), "HTTP");
    ensurePortFree(settings.managementPort(), "management");
    Path javaHome = JdkLocator.system().locate();
    Path dist = KeycloakDistribution.prepare(settings.home(), javaHome);
    try {
      Path dataDir = Files.createDirectories(settings.dataDir()).toAbsolutePath();
      Path logFile = dataDir.resolve("keycloak.log");
      ProcessBuilder builder =
          new ProcessBuilder(command(dist, dataDir, settings))
              .directory(dist.toFile())
              .redirectErrorStream(true)
              .redirectOutput(logFile.toFile());
      KeycloakDistribution.configureEnvironment(builder.environment(), javaHome);
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", settings.adminPassword());
      // read by the realm file's placeholders when it is imported
      builder.environment().putAll(realmEnvironment(settings));
      if (!settings.durable()) {
        // short-lived servers start about a third faster with the C1 compiler only
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
      }
      long started = System.nanoTime();
      Process process = builder.start();
      Leftovers.record(pidFile, process.pid());
      // the server leads a process group of its own (setsid): kc.sh and the JVM it starts
      ParentWatch watch =
          ParentWatch.stopGroupOnExit(
              "keycloak", "-" + process.pid(), "TERM", process.pid(), STOP_TIMEOUT);
      KeycloakLauncher launcher =
          new KeycloakLauncher(settings, process, watch, pidFile, logFile, started);
      try {
        Runtime.getRuntime().addShutdownHook(launcher.shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        launcher.close();
        throw shuttingDown;
      }
      LOG.info(
          "Started Keycloak (pid {}) with {} on port {}; log in {}",
          launcher.process.pid(),
          javaHome,
          settings.httpPort(),
          logFile);
      return launcher;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start Keycloak from " + dist, e);
    }
  }

  /**
   * Returns the variables that the realm file's placeholders name, e.g. {@code
   * ${RAPPORT_SMTP_PORT:3025}}: Keycloak replaces them with their values when it imports the realm.
   */
  static Map<String, String> realmEnvironment(KeycloakSettings settings) {
    return Map.of(
        SMTP_HOST_VARIABLE, settings.smtpHost(),
        SMTP_PORT_VARIABLE, String.valueOf(settings.smtpPort()),
        KEYCLOAK_URL_VARIABLE, "http://localhost:" + settings.httpPort());
  }

  /** Returns the command line that starts the prepared distribution. */
  static List<String> command(Path dist, Path dataDir, KeycloakSettings settings) {
    List<String> command = new ArrayList<>();
    command.add(SETSID);
    command.add(dist.resolve("bin/kc.sh").toString());
    command.add("start");
    command.add("--optimized");
    command.add("--import-realm");
    command.add("--http-enabled=true");
    command.add("--http-host=127.0.0.1");
    command.add("--http-port=" + settings.httpPort());
    command.add("--http-management-port=" + settings.managementPort());
    command.add("--hostname=http://localhost:" + settings.httpPort());
    command.add("--cache=local");
    command.add(
        "--db-url=jdbc:h2:file:"
            + dataDir.resolve("keycloakdb")
            + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE");
    command.add("--log-console-color=false");
    command.add("--log-level=info,io.smallrye.health:warn");
    command.add(
        "-Dquarkus.transaction-manager.object-store.directory="
            + dataDir.resolve("transaction-logs"));
    return command;
  }

  /**
   * Waits until Keycloak reports ready on {@code /health/ready} and serves the discovery document
   * of the realm.
   *
   * @throws IllegalStateException when the process ends or the timeout expires first; the message
   *     carries the last lines of the log
   */
  public void awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw failure("Keycloak exited with code " + process.exitValue() + " before it was ready");
      }
      if (isReady()) {
        LOG.info(
            "Keycloak ready at {} after {} ms",
            issuerUri(),
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos));
        return;
      }
      if (System.nanoTime() - deadline > 0) {
        throw failure("Keycloak was not ready within " + timeout);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
      }
    }
  }

  /** Tells whether the server's process still runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Tells whether the process runs, reports ready and serves the realm's discovery document. */
  public boolean isReady() {
    return process.isAlive()
        && status("http://localhost:" + settings.managementPort() + "/health/ready") == 200
        && status(issuerUri() + "/.well-known/openid-configuration") == 200;
  }

  /** Returns the issuer of the realm, {@code http://localhost:<httpPort>/realms/rapport}. */
  public String issuerUri() {
    return "http://localhost:" + settings.httpPort() + "/realms/" + REALM;
  }

  /** Returns the settings this server was started with. */
  public KeycloakSettings settings() {
    return settings;
  }

  /** Returns the file receiving the server's output. */
  public Path logFile() {
    return logFile;
  }

  /**
   * Stops the server and its child processes (gracefully, forcibly after 10 s) and deletes the data
   * folder unless the settings are durable. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    stopProcessTree();
    watch.close();
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      LOG.debug("Cannot delete {}: {}", pidFile, e.toString());
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // called from the hook itself
    }
    if (!settings.durable()) {
      try {
        FileSupport.deleteRecursively(settings.dataDir());
      } catch (IOException e) {
        LOG.warn("Cannot delete {}: {}", settings.dataDir(), e.toString());
      }
    }
  }

  private void stopProcessTree() {
    Leftovers.stopTree(process.toHandle(), STOP_TIMEOUT);
    LOG.info("Stopped Keycloak (pid {})", process.pid());
  }

  private int status(String uri) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(2)).GET().build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private IllegalStateException failure(String reason) {
    return new IllegalStateException(
        reason
            + "; last lines of "
            + logFile
            + ":"
            + System.lineSeparator()
            + FileSupport.tail(logFile, LOG_TAIL_LINES));
  }

  private static void ensurePortFree(int port, String purpose) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", port));
    } catch (BindException e) {
      throw new IllegalStateException(
          "Port "
              + port
              + " (Keycloak "
              + purpose
              + ") is already in use: stop whatever listens there (an earlier Keycloak?) or"
              + " choose other ports");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check port " + port, e);
    }
  }
}
