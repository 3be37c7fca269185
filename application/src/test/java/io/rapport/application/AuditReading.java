package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What a tenant-admin reads of the audit, as small steps for the end-to-end tests. */
final class AuditReading {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebTestClient admin;

  AuditReading(WebTestClient admin) {
    this.admin = admin;
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> page(String query, Object... vars) {
    return admin
        .get()
        .uri("/api/v1/audit" + query, vars)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> items(String query, Object... vars) {
    return (List<Map<String, Object>>) page(query, vars).get("items");
  }

  /** Waits until the page holds an entry that matches, and returns it. */
  Map<String, Object> eventually(
      Predicate<Map<String, Object>> which, String query, Object... vars) {
    AtomicReference<Map<String, Object>> found = new AtomicReference<>();
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              var match = items(query, vars).stream().filter(which).findFirst();
              assertThat(match).isPresent();
              found.set(match.get());
            });
    return found.get();
  }

  /** The export, one parsed entry per line. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> export(String query) {
    String body =
        admin
            .get()
            .uri("/api/v1/audit/export" + query)
            .accept(MediaType.APPLICATION_NDJSON)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    if (body == null) {
      return List.of(); // an empty stream has no body at all
    }
    return Arrays.stream(body.split("\n"))
        .filter(line -> !line.isBlank())
        .map(
            line -> {
              try {
                return (Map<String, Object>) JSON.readValue(line, Map.class);
              } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + line, e);
              }
            })
        .toList();
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> verify() {
    return admin
        .get()
        .uri("/api/v1/audit/verify")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  static long sequence(Map<String, Object> entry) {
    return ((Number) entry.get("sequence")).longValue();
  }

  static Predicate<Map<String, Object>> correlatedWith(String correlationId) {
    return entry -> correlationId.equals(entry.get("correlationId"));
  }
}
