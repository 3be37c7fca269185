package io.rapport.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a benchmark run does, from system properties ({@code -Dbench.events=200000}): sizes, rates
 * and durations default to the figures of the targets.
 */
record Settings(
    Path jar,
    Path out,
    int appPort,
    int postgresPort,
    int mongoPort,
    int keycloakPort,
    long events,
    int tenants,
    int clients,
    Duration sustained,
    Duration paced,
    int pacedCommandsPerSecond,
    int lagCommandsPerSecond,
    int pagesPerSecond,
    String javaOptions) {

  static Settings fromSystemProperties() {
    return new Settings(
        Path.of(property("bench.jar", "application/target/rapport.jar")),
        Path.of(property("bench.out", "infra/bench/target/bench")),
        Integer.parseInt(property("bench.app-port", "18080")),
        Integer.parseInt(property("bench.postgres-port", "15432")),
        Integer.parseInt(property("bench.mongo-port", "17017")),
        Integer.parseInt(property("bench.keycloak-port", "18180")),
        Long.parseLong(property("bench.events", "1000000")),
        Integer.parseInt(property("bench.tenants", "100")),
        Integer.parseInt(property("bench.clients", "64")),
        Duration.ofSeconds(Long.parseLong(property("bench.sustained-seconds", "60"))),
        Duration.ofSeconds(Long.parseLong(property("bench.paced-seconds", "30"))),
        Integer.parseInt(property("bench.paced-rate", "500")),
        Integer.parseInt(property("bench.lag-rate", "300")),
        Integer.parseInt(property("bench.page-rate", "200")),
        property(
            "bench.java-options",
            "-Xms256m -Xmx448m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m -Xss512k"));
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

  private static String property(String name, String fallback) {
    return System.getProperty(name, fallback);
  }
}
