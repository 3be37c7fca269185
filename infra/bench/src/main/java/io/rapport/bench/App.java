package io.rapport.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The application as the README's run command starts it ({@code java -jar rapport.jar} with the
 * same JVM options), on its embedded defaults, in a child process: how long it takes to be ready,
 * and how much memory it holds while it works.
 */
final class App implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final double readySeconds;
  private final AtomicLong peakResidentKb = new AtomicLong();
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

  private App(Process process, double readySeconds) {
    this.process = process;
    this.readySeconds = readySeconds;
    sampler.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
  }

  /** The environment the run command gives the application: few malloc arenas. */
  private static ProcessBuilder asRunDoes(ProcessBuilder builder) {
    builder.environment().put("MALLOC_ARENA_MAX", "2");
    return builder;
  }

  static App start(Settings settings) throws IOException, InterruptedException {
    return start(settings, Launch.asRunDoes());
  }

  static App start(Settings settings, Launch launch) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(settings.javaOptions().trim().split("\\s+")));
    if (launch.benchClasses()) {
      command.add("-Dloader.path=" + Path.of("infra/bench/target/classes").toAbsolutePath());
      command.addAll(
          List.of(
              "-cp",
              settings.jar().toAbsolutePath().toString(),
              "org.springframework.boot.loader.launch.PropertiesLauncher"));
    } else {
      command.addAll(List.of("-jar", settings.jar().toAbsolutePath().toString()));
    }
    command.addAll(arguments(settings));
    command.addAll(launch.arguments());
    Files.createDirectories(settings.out());
    Path log = settings.out().resolve("app.log");
    ProcessBuilder builder = asRunDoes(new ProcessBuilder(command));
    builder.environment().putAll(launch.environment());
    long started = System.nanoTime();
    Process process =
        builder
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    URI readiness = URI.create(settings.baseUrl() + "/actuator/health/readiness");
    while (!ready(readiness)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application stopped; see " + log);
      }
      if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(6)) {
        process.destroy();
        throw new IllegalStateException("The application was not ready in 6 minutes; see " + log);
      }
      Thread.sleep(100);
    }
    return new App(process, (System.nanoTime() - started) / 1e9);
  }

  /**
   * How the application is started: as the run command starts it, or with the benchmark's classes
   * on the launcher's path (Spring Boot's {@code PropertiesLauncher}, same jar and JVM options) and
   * arguments for them; with changes to the environment.
   */
  record Launch(boolean benchClasses, List<String> arguments, Map<String, String> environment) {

    static Launch asRunDoes() {
      return new Launch(false, List.of(), Map.of());
    }

    Launch withBenchClasses(String... arguments) {
      List<String> all = new ArrayList<>(this.arguments);
      // the benchmark's own logback.xml would otherwise win over the application's logging setup
      all.add("--logging.config=classpath:logback-spring.xml");
      all.addAll(List.of(arguments));
      return new Launch(true, all, environment);
    }

    Launch withEnvironment(String name, String value) {
      Map<String, String> all = new HashMap<>(environment);
      all.put(name, value);
      return new Launch(benchClasses, arguments, all);
    }
  }

  /**
   * P1's in-process baseline: the application started with the benchmark's classes on its
   * launcher's path, which send the command mix into Axon's command gateway before the application
   * reports ready. The read models then catch up with those commands before it stops, so that the
   * next start has only the seeded events to project.
   *
   * @return commands per second
   */
  static double inProcessCommands(Settings settings, Tokens tokens, String tenant, String student)
      throws Exception {
    Path result = settings.out().resolve("in-process.txt").toAbsolutePath();
    Files.deleteIfExists(result);
    Launch launch =
        Launch.asRunDoes()
            .withBenchClasses(
                "--rapport.bench.in-process-seconds=" + settings.sustained().toSeconds(),
                "--rapport.bench.in-process-clients=" + settings.clients(),
                "--rapport.bench.in-process-tenant=" + tenant,
                "--rapport.bench.in-process-student=" + student,
                "--rapport.bench.in-process-result=" + result);
    try (App app = start(settings, launch)) {
      if (!Files.exists(result)) {
        throw new IllegalStateException("The in-process baseline wrote no result; see app.log");
      }
      double seconds =
          CatchUp.await(settings, tokens.accessToken("ada.student"), CatchUp.head(settings));
      System.out.printf("  the read models caught up with these commands %.1f s later%n", seconds);
      return Double.parseDouble(Files.readString(result).trim());
    }
  }

  private static List<String> arguments(Settings settings) {
    return List.of(
        "--server.port=" + settings.appPort(),
        "--rapport.data-dir=" + settings.dataDir().toAbsolutePath(),
        "--rapport.postgres.port=" + settings.postgresPort(),
        "--rapport.mongodb.port=" + settings.mongoPort(),
        "--rapport.keycloak.http-port=" + settings.keycloakPort(),
        "--rapport.keycloak.management-port=" + settings.keycloakManagementPort(),
        // the benchmark loads one tenant far beyond what one organization may send
        "--rapport.rate-limit.per-tenant=1000000");
  }

  private static boolean ready(URI readiness) {
    try {
      return HTTP.send(
                  HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The application's process id, for its CPU time. */
  long pid() {
    return process.pid();
  }

  double readySeconds() {
    return readySeconds;
  }

  /** The largest resident set of the application's JVM seen since it started (or last reset). */
  double peakResidentMb() {
    return peakResidentKb.get() / 1024.0;
  }

  void resetPeak() {
    peakResidentKb.set(0);
  }

  private void sample() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", process.pid() + "", "status"))) {
        if (line.startsWith("VmRSS:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          peakResidentKb.accumulateAndGet(kb, Math::max);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process is gone, or /proc is not there: nothing to sample
    }
  }

  @Override
  public void close() throws InterruptedException {
    sampler.shutdownNow();
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
