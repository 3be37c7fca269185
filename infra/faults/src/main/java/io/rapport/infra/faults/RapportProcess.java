package io.rapport.infra.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real application, started as {@code ./run.sh} starts it (same jar, same JVM options) on its
 * embedded defaults, with its data and ports fixed across restarts.
 */
final class RapportProcess {

  /** The JVM options of {@code run.sh}. */
  static final List<String> JAVA_OPTIONS =
      List.of(
          "-Xms256m",
          "-Xmx448m",
          "-XX:+UseSerialGC",
          "-XX:ReservedCodeCacheSize=128m",
          "-XX:MaxMetaspaceSize=192m",
          "-Xss512k");

  private final Path jar;
  private final Path dataDir;
  private final Path logDir;
  private final Ports ports;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private int starts;

  RapportProcess(Path jar, Path dataDir, Path logDir, Ports ports) {
    this.jar = jar;
    this.dataDir = dataDir;
    this.logDir = logDir;
    this.ports = ports;
  }

  Ports ports() {
    return ports;
  }

  Path dataDir() {
    return dataDir;
  }

  String baseUrl() {
    return "http://localhost:" + ports.http();
  }

  String issuer() {
    return "http://localhost:" + ports.keycloakHttp() + "/realms/rapport";
  }

  long pid() {
    return process.pid();
  }

  /** Starts the application and waits until it reports ready; returns how long that took. */
  Duration start(Duration timeout) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JAVA_OPTIONS);
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + ports.http());
    command.add("--rapport.data-dir=" + dataDir);
    command.add("--rapport.keycloak.http-port=" + ports.keycloakHttp());
    command.add("--rapport.keycloak.management-port=" + ports.keycloakManagement());
    command.add("--rapport.postgres.port=" + ports.postgres());
    command.add("--rapport.mongodb.port=" + ports.mongo());
    // the embedded mail server's default ports are fixed for ./run.sh, which may be running
    command.add("--rapport.mail.smtp-port=0");
    command.add("--rapport.mail.imap-port=0");
    try {
      Files.createDirectories(logDir);
      Path log = logDir.resolve("rapport-" + (++starts) + ".log");
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.PIPE) // never the terminal
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long started = System.nanoTime();
    long deadline = started + timeout.toNanos();
    while (!ready()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Rapport exited with " + process.exitValue() + " before it was ready; see " + logDir);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Rapport was not ready within " + timeout + "; see " + logDir);
      }
      sleep(250);
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  boolean ready() {
    return status("/actuator/health/readiness") == 200;
  }

  /** The readiness answer, for what it says of each part. */
  Http.Reply readiness() {
    return new Http(baseUrl()).get("/actuator/health/readiness", null);
  }

  /** {@code kill -9} of the application's JVM: no shutdown hook runs. */
  void kill9() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A clean stop, as Ctrl-C in {@code run.sh} does (SIGTERM). */
  void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * What still runs of a stopped application after {@code within}: processes whose command line
   * names its data folder, and its ports still listening.
   */
  List<String> leftovers(Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    List<String> left;
    do {
      left = new ArrayList<>();
      String marker = dataDir.toString();
      for (ProcessHandle p : ProcessHandle.allProcesses().toList()) {
        String line = commandLine(p);
        if (line.contains(marker) || line.contains("--http-port=" + ports.keycloakHttp())) {
          left.add("pid " + p.pid() + ": " + abbreviate(line));
        }
      }
      for (int port :
          List.of(
              ports.http(),
              ports.keycloakHttp(),
              ports.keycloakManagement(),
              ports.postgres(),
              ports.mongo())) {
        if (Ports.listening(port)) {
          left.add("port " + port + " still listening");
        }
      }
      if (left.isEmpty()) {
        return left;
      }
      sleep(250);
    } while (System.nanoTime() < deadline);
    return left;
  }

  /** The pid PostgreSQL recorded for its postmaster. */
  Optional<Long> postmasterPid() {
    return firstLine(dataDir.resolve("postgres").resolve("postmaster.pid"));
  }

  /** The pid of the embedded Keycloak's process group. */
  Optional<Long> keycloakPid() {
    return firstLine(dataDir.resolve("keycloak").resolve("keycloak.pid"));
  }

  private int status(String path) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(baseUrl() + path))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static Optional<Long> firstLine(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  static String commandLine(ProcessHandle process) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
      return new String(raw).replace('\0', ' ');
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 160 ? text : text.substring(0, 160) + "…";
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
