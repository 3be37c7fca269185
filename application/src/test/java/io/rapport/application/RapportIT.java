package io.rapport.application;

import io.rapport.infra.testkit.TestInfrastructure;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The application on a random port, on the test run's real PostgreSQL, MongoDB, Keycloak and mail
 * server, with real tokens of the demo users.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      // a denied attempt is recorded at once unless one of its kind came within this
      "rapport.audit.denied-window=250ms",
      // short enough for a test to see a slow client cut off
      "rapport.http.header-timeout=2s",
      "rapport.http.body-timeout=4s",
      // nudges go out when a test sends what is due, on the clock it set (see NudgesIT)
      "rapport.nudges.enabled=false"
    })
public abstract class RapportIT {

  protected static final TestInfrastructure INFRA = TestInfrastructure.get();

  /**
   * The audit signing key of the test runs, the same for every context on the shared read store;
   * the tests that forge audit entries never use it, as an attacker would not have it.
   */
  private static final String AUDIT_SIGNING_KEY = "5e".repeat(32);

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  @Autowired protected WebTestClient http;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("rapport.postgres.url", INFRA::postgresUrl);
    registry.add("rapport.postgres.username", INFRA::postgresUsername);
    registry.add("rapport.postgres.password", INFRA::postgresPassword);
    registry.add("rapport.mongodb.uri", INFRA::mongoUri);
    registry.add("rapport.keycloak.issuer-uri", INFRA::issuerUri);
    // the test run's mail server, which the test Keycloak's realm sends to as well
    registry.add("spring.mail.host", INFRA::smtpHost);
    registry.add("spring.mail.port", INFRA::smtpPort);
    // every context of the run signs the shared read store's audit chains with the same key
    registry.add("rapport.audit.signing-key", () -> AUDIT_SIGNING_KEY);
    // the test Keycloak has the demo realm imported, with its demo secret
    registry.add("rapport.keycloak.admin.allow-demo-secret", () -> "true");
    // short enough for a test to see a token expire
    registry.add("rapport.security.clock-skew", () -> "1s");
    // short enough for a test to see a live timeline's heartbeat
    registry.add("rapport.live.heartbeat", () -> "1s");
    // short enough for a test to see a key that vanished from the database without an erasure
    registry.add("rapport.privacy.keys-cached-for", () -> "1s");
  }

  /** A client that calls as the given demo user. */
  protected WebTestClient as(String username) {
    String token = TOKENS.computeIfAbsent(username, INFRA::token);
    return http.mutate()
        .responseTimeout(Duration.ofSeconds(30))
        // whole exports (e.g. a tenant's audit history) grow with every suite that runs before
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
        .defaultHeader("Authorization", "Bearer " + token)
        .build();
  }
}
