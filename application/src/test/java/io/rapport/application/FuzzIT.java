package io.rapport.application;

import static io.rapport.application.DemoUsers.ADA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Every operation of the OpenAPI document, called by valid users of every kind with generated path
 * values, parameters, headers and bodies: no answer is a server error, every refusal is a problem
 * body, and a refused request stores nothing (denied attempts, recorded for the audit, aside).
 */
class FuzzIT extends RapportIT {

  /** The fuzz calls every operation, settings and identity provider included: put them back. */
  @org.junit.jupiter.api.AfterEach
  void restoreTheDemoTenants() {
    DemoTenants.restore(INFRA, as("dan.admin"), true);
  }

  private static final int SAMPLES = 12;
  private static final List<String> CALLERS = List.of("ada.student", "dan.admin", "pat.platform");
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  private record Operation(
      HttpMethod method,
      String path,
      List<String> pathParameters,
      List<String> query,
      List<String> fields) {}

  private record Answer(int status, String contentType, String body) {}

  @Test
  void generatedRequestsToEveryOperationAreNeverAServerErrorAndRefusalsStoreNothing()
      throws Exception {
    JsonNode api =
        JSON.readTree(call("pat.platform", HttpMethod.GET, "/v3/api-docs", null, null).body());
    List<Operation> operations = operations(api);
    assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(30);

    StudentJourney ada = new StudentJourney(as("ada.student"));
    String relationship = ada.startRelationship("Fuzzy Felix");
    // ids that name something (mutations only get those the fuzz owns)
    Map<String, Arbitrary<String>> reads =
        Map.of(
            "studentId", Arbitraries.of(ADA),
            "id", Arbitraries.of(relationship),
            "tenantId", Arbitraries.of("northfield-university"));
    Map<String, Arbitrary<String>> writes = Map.of("id", Arbitraries.of(relationship));
    for (String caller : CALLERS) {
      call(caller, HttpMethod.GET, "/api/v1/me", null, null); // registered before counting
    }

    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (Operation operation : operations) {
      Iterator<String> callers = Arbitraries.of(CALLERS).sampleStream().iterator();
      Arbitrary<String> bodies = FuzzInputs.body(operation.fields());
      for (int i = 0; i < SAMPLES; i++) {
        Map<String, Arbitrary<String>> known =
            operation.method() == HttpMethod.GET ? reads : writes;
        String uri = uri(operation, known);
        String body = operation.method() == HttpMethod.GET ? null : bodies.sample();
        String contentType = FuzzInputs.contentType().sample();
        long before = lastPosition();
        Answer answer = call(callers.next(), operation.method(), uri, body, contentType);
        if (answer.status() == 0) {
          continue;
        }
        requests++;
        String what = operation.method() + " " + abbreviated(uri) + " " + abbreviated(body);
        if (answer.status() >= 500) {
          failures.add(answer.status() + " for " + what + ": " + abbreviated(answer.body()));
        } else if (answer.status() >= 400) {
          if (!answer.contentType().startsWith("application/problem+json")
              || !JSON.readTree(answer.body()).has("type")) {
            failures.add("no problem body (" + answer.status() + ") for " + what);
          }
          long stored = storedSince(before);
          if (stored > 0) {
            failures.add(stored + " events stored by a refused (" + answer.status() + ") " + what);
          }
        }
      }
    }
    System.out.printf("Fuzz: %d requests to %d operations%n", requests, operations.size());
    assertThat(failures).isEmpty();
  }

  private static List<Operation> operations(JsonNode api) {
    List<Operation> operations = new ArrayList<>();
    api.path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        entry -> {
                          // live streams never end: their refusals are tested on their own
                          if (path.getKey().endsWith("/stream")) {
                            return;
                          }
                          JsonNode operation = entry.getValue();
                          List<String> inPath = new ArrayList<>();
                          List<String> inQuery = new ArrayList<>();
                          operation
                              .path("parameters")
                              .forEach(
                                  parameter ->
                                      ("path".equals(parameter.path("in").asText())
                                              ? inPath
                                              : inQuery)
                                          .add(parameter.path("name").asText()));
                          operations.add(
                              new Operation(
                                  HttpMethod.valueOf(entry.getKey().toUpperCase(Locale.ROOT)),
                                  path.getKey(),
                                  inPath,
                                  inQuery,
                                  fields(api, operation)));
                        }));
    return operations;
  }

  /** The property names of the operation's JSON body, as its schema names them. */
  private static List<String> fields(JsonNode api, JsonNode operation) {
    JsonNode schema =
        operation.path("requestBody").path("content").path("application/json").path("schema");
    String ref = schema.path("$ref").asText("");
    if (!ref.isEmpty()) {
      schema = api.at(ref.substring(1));
    }
    List<String> fields = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(fields::add);
    return fields;
  }

  private static String uri(Operation operation, Map<String, Arbitrary<String>> known) {
    String path = operation.path();
    for (String name : operation.pathParameters()) {
      Arbitrary<String> value =
          known.containsKey(name)
              ? Arbitraries.oneOf(known.get(name), FuzzInputs.text().filter(t -> t.length() < 300))
              : FuzzInputs.text().filter(t -> t.length() < 300);
      path = path.replace("{" + name + "}", encoded(value.sample()));
    }
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    for (String name : operation.query()) {
      String value = FuzzInputs.header().sample();
      if (value != null) {
        uri.queryParam(name, encoded(value.length() > 2_000 ? value.substring(0, 2_000) : value));
      }
    }
    return uri.build(true).toUriString();
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private Answer call(
      String caller, HttpMethod method, String uri, String body, String contentType) {
    WebClient.RequestBodySpec request =
        WebClient.builder()
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
            .build()
            .method(method)
            .uri(URI.create("http://localhost:" + port + uri))
            .header("Authorization", "Bearer " + tokens.computeIfAbsent(caller, INFRA::token));
    String header = FuzzInputs.header().sample();
    if (header != null
        && header.length() < 1_000
        && header.chars().noneMatch(c -> c < 0x20 || c > 0x7e)) {
      request.header("Idempotency-Key", header);
    }
    Supplier<WebClient.RequestHeadersSpec<?>> withBody =
        () -> body == null ? request : request.header("Content-Type", contentType).bodyValue(body);
    return withBody
        .get()
        .exchangeToMono(
            response ->
                response
                    .bodyToMono(String.class)
                    .defaultIfEmpty("")
                    .map(
                        text ->
                            new Answer(
                                response.statusCode().value(),
                                response.headers().contentType().map(Object::toString).orElse(""),
                                text)))
        // a value the HTTP client itself refuses to send is no request at all
        .onErrorResume(
            failure ->
                failure instanceof WebClientRequestException
                    && failure.getCause() instanceof IllegalArgumentException,
            refused -> Mono.just(new Answer(0, "", "")))
        .block(Duration.ofSeconds(60));
  }

  private static long lastPosition() throws Exception {
    return INFRA.postgresNumber("select coalesce(max(global_index), 0) from domain_event_entry");
  }

  /** Events stored after the position, except denied attempts (recorded for the audit). */
  private static long storedSince(long position) throws Exception {
    return INFRA.postgresNumber(
        "select count(*) from domain_event_entry where global_index > ?"
            + " and payload_type not like '%AccessDenied%'",
        position);
  }

  private static String abbreviated(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > 200 ? text.substring(0, 200) + "…(" + text.length() + ")" : text;
  }
}
