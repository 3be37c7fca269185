package io.rapport.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a benchmark run does, from system properties ({@code -Dbench.events=200000}): sizes, rates
 * and durations default to the figures of the targets, the ports to the benchmark's own (so that it
 * runs beside a {@code ./run.sh} on the defaults), and {@code bench.only} picks some figures.
 *
 * @param only the figures to measure ({@code P1} … {@code P6}); empty for all of them
 * @param readModels the read models the platform API rebuilds, by the names it takes ({@code all}
 *     rebuilds every read model in one pass)
 * @param storeOperations operations of each kind in the read store's raw limit
 * @param storeClients clients asking the read store at once for its raw limit
 * @param pageCpuClients clients paging one after another while the CPU per page is measured
 * @param countWrites whether the application counts the documents it writes to its read store (the
 *     benchmark's classes loaded into it), for the documents written per event
 */
record Settings(
    Path jar,
    Path out,
    int appPort,
    int postgresPort,
    int mongoPort,
    int keycloakPort,
    int keycloakManagementPort,
    long events,
    int tenants,
    int clients,
    Duration sustained,
    Duration paced,
    int pacedCommandsPerSecond,
    int lagCommandsPerSecond,
    int pagesPerSecond,
    int pageCpuClients,
    Duration pageCpu,
    int storeOperations,
    int storeClients,
    List<String> readModels,
    Set<String> only,
    boolean countWrites,
    String javaOptions) {

  static Settings fromSystemProperties() {
    int keycloakPort = Integer.parseInt(property("bench.keycloak-port", "18180"));
    return new Settings(
        Path.of(property("bench.jar", "application/target/rapport.jar")),
        Path.of(property("bench.out", "infra/bench/target/bench")),
        Integer.parseInt(property("bench.app-port", "18080")),
        Integer.parseInt(property("bench.postgres-port", "15432")),
        Integer.parseInt(property("bench.mongo-port", "17017")),
        keycloakPort,
        Integer.parseInt(
            property("bench.keycloak-management-port", Integer.toString(keycloakPort + 1))),
        Long.parseLong(property("bench.events", "1000000")),
        Integer.parseInt(property("bench.tenants", "100")),
        Integer.parseInt(property("bench.clients", "64")),
        Duration.ofSeconds(Long.parseLong(property("bench.sustained-seconds", "60"))),
        Duration.ofSeconds(Long.parseLong(property("bench.paced-seconds", "30"))),
        Integer.parseInt(property("bench.paced-rate", "500")),
        Integer.parseInt(property("bench.lag-rate", "300")),
        Integer.parseInt(property("bench.page-rate", "200")),
        Integer.parseInt(property("bench.page-cpu-clients", "4")),
        Duration.ofSeconds(Long.parseLong(property("bench.page-cpu-seconds", "15"))),
        Integer.parseInt(property("bench.store-operations", "20000")),
        Integer.parseInt(property("bench.store-clients", "4")),
        list(property("bench.read-models", "all")),
        list(property("bench.only", "")).stream()
            .map(id -> id.toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet()),
        Boolean.parseBoolean(property("bench.count-writes", "true")),
        property(
            "bench.java-options",
            "-Xms256m -Xmx448m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=128m -XX:MaxMetaspaceSize=192m -Xss512k"));
  }

  /** Whether this run measures the figures of the target {@code id} (P1 … P6). */
  boolean measures(String id) {
    return only.isEmpty() || only.contains(id);
  }

  String baseUrl() {
    return "http://localhost:" + appPort;
  }

  String tokenUrl() {
    return "http://localhost:" + keycloakPort + "/realms/rapport/protocol/openid-connect/token";
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgresPort + "/postgres";
  }

  String mongoUri() {
    return "mongodb://localhost:" + mongoPort;
  }

  Path dataDir() {
    return out.resolve("data");
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String property(String name, String fallback) {
    return System.getProperty(name, fallback);
  }
}
