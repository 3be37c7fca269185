package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Idempotent POSTs, one writer per aggregate position, and read-your-writes. */
class ConsistencyIT extends RapportIT {

  private static final String ADA = "ada.student";

  @LocalServerPort int port;

  /** A response as the tests compare them. */
  record Answer(int status, String location, String position, String body) {}

  @Test
  void aHundredRepeatsOfOneIdempotencyKeyGetTheFirstAnswerAndAppendOneEvent() throws Exception {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = relationship("Idris Parallel");

    List<Answer> answers =
        Flux.range(0, 100)
            .flatMap(i -> post("/api/v1/relationships", key, body), 100)
            .collectList()
            .block(Duration.ofSeconds(120));

    assertThat(answers).hasSize(100);
    assertThat(answers).extracting(Answer::status).containsOnly(201);
    assertThat(answers)
        .extracting(Answer::location)
        .hasSize(100)
        .containsOnly(answers.get(0).location());
    assertThat(answers).extracting(Answer::body).containsOnly(answers.get(0).body());
    assertThat(answers).extracting(Answer::position).containsOnly(answers.get(0).position());
    String relationshipId = answers.get(0).location().replace("/api/v1/relationships/", "");
    assertThat(events(relationshipId)).hasSize(1);
    assertThat(Long.parseLong(answers.get(0).position()))
        .isEqualTo(globalIndexOfLastEvent(relationshipId))
        .isEqualTo(keptPosition(key));
  }

  @Test
  void aRepeatIsAnsweredWithTheFirstResultOfItsHandler() throws Exception {
    String chatId = scheduleChat();
    String key = UUID.randomUUID().toString();
    Map<String, Object> question = Map.of("text", "What is the salary for this role?");

    Answer first = post("/api/v1/chats/" + chatId + "/questions", key, question).block();
    Answer repeat = post("/api/v1/chats/" + chatId + "/questions", key, question).block();

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.body()).contains("SALARY");
    assertThat(repeat).isEqualTo(first);
    assertThat(events(chatId)).hasSize(2);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedAndAppendsNothing() throws Exception {
    String key = UUID.randomUUID().toString();
    Answer first = post("/api/v1/relationships", key, relationship("Noor First")).block();
    assertThat(first.status()).isEqualTo(201);
    long before = allEvents();

    Answer other = post("/api/v1/relationships", key, relationship("Noor Other")).block();

    assertThat(other.status()).isEqualTo(422);
    assertThat(other.body()).contains("/problems/idempotency-key-reused");
    assertThat(allEvents()).isEqualTo(before);
  }

  @Test
  void aRefusedCommandKeepsNeitherItsKeyNorAnEvent() throws Exception {
    String key = UUID.randomUUID().toString();
    String chatId = UUID.randomUUID().toString();
    long before = allEvents();

    Answer refused =
        post("/api/v1/chats/" + chatId + "/questions", key, Map.of("text", "How did you start?"))
            .block();

    assertThat(refused.status()).isEqualTo(404);
    assertThat(keptPosition(key)).isNull();
    assertThat(allEvents()).isEqualTo(before);
  }

  @Test
  void fiftyConcurrentCommandsOnOneChatNeverShareASequenceNumber() throws Exception {
    String chatId = scheduleChat();

    List<Answer> answers =
        Flux.range(0, 50)
            .flatMap(
                i ->
                    post(
                        "/api/v1/chats/" + chatId + "/questions",
                        null,
                        Map.of("text", "What surprised you in year " + i + "?")),
                50)
            .collectList()
            .block(Duration.ofSeconds(120));

    assertThat(answers)
        .allSatisfy(
            a -> assertThat(a.status()).matches(s -> s / 100 == 2 || s == 409, "2xx or 409"));
    List<Long> sequence = events(chatId);
    assertThat(sequence).doesNotHaveDuplicates();
    assertThat(sequence)
        .hasSize(1 + (int) answers.stream().filter(a -> a.status() / 100 == 2).count());
    for (int i = 0; i < sequence.size(); i++) {
      assertThat(sequence.get(i)).isEqualTo(i);
    }
  }

  @Test
  void aQueryGivenACommandsPositionSeesTheCommandsWrite() {
    Answer created = post("/api/v1/relationships", null, relationship("Ravi Reads")).block();
    assertThat(created.position()).matches("[1-9][0-9]*");

    as(ADA)
        .get()
        .uri(created.location())
        .header("Rapport-Position", created.position())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.contact.name")
        .isEqualTo("Ravi Reads");
    as(ADA)
        .get()
        .uri(created.location() + "/timeline?position=" + created.position())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items.length()")
        .isEqualTo(1);
  }

  @Test
  void aPositionNotYetReachedIsAnsweredStillCatchingUpAfterFiveSeconds() {
    StudentJourney ada = new StudentJourney(as(ADA));
    String relationship = ada.startRelationship("Held Back Hana");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> StoreProbe.HANDLED.containsValue(relationship));
    StoreProbe.BROKEN.add(relationship); // one read model stops at the next event of it
    try {
      String position =
          ada.post(
                  "/api/v1/relationships/{id}/touchpoints",
                  Map.of(
                      "kind",
                      "CHECK_IN",
                      "at",
                      Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()),
                  relationship)
              .expectStatus()
              .is2xxSuccessful()
              .returnResult(String.class)
              .getResponseHeaders()
              .getFirst("Rapport-Position");
      long started = System.nanoTime();

      as(ADA)
          .get()
          .uri("/api/v1/relationships?position=" + position)
          .exchange()
          .expectStatus()
          .isEqualTo(503)
          .expectHeader()
          .exists("Retry-After")
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("/problems/still-catching-up");

      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThan(Duration.ofMillis(4900));
    } finally {
      StoreProbe.BROKEN.remove(relationship);
    }
  }

  @Test
  void aPositionThatIsNotOneIsRefused() {
    for (String bad : List.of("soon", "-1", "1.5")) {
      as(ADA)
          .get()
          .uri("/api/v1/relationships")
          .header("Rapport-Position", bad)
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("/problems/invalid-input");
    }
  }

  private Mono<Answer> post(String path, String key, Object body) {
    WebClient.RequestBodySpec request =
        WebClient.create("http://localhost:" + port)
            .post()
            .uri(path)
            .header("Authorization", "Bearer " + token())
            .contentType(MediaType.APPLICATION_JSON);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request
        .bodyValue(body)
        .exchangeToMono(
            response ->
                response
                    .bodyToMono(String.class)
                    .defaultIfEmpty("")
                    .map(
                        text ->
                            new Answer(
                                response.statusCode().value(),
                                response.headers().asHttpHeaders().getFirst("Location"),
                                response.headers().asHttpHeaders().getFirst("Rapport-Position"),
                                text)));
  }

  private String token;

  private String token() {
    if (token == null) {
      token = INFRA.token(ADA);
    }
    return token;
  }

  private String scheduleChat() {
    Answer relationship = post("/api/v1/relationships", null, relationship("Lin Busy")).block();
    String relationshipId = relationship.location().replace("/api/v1/relationships/", "");
    Answer chat =
        post(
                "/api/v1/chats",
                null,
                Map.of(
                    "relationshipId",
                    relationshipId,
                    "kind",
                    "INFORMATIONAL_INTERVIEW",
                    "startsAt",
                    Instant.now()
                        .plus(3, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString(),
                    "durationMinutes",
                    30,
                    "setting",
                    "VIDEO_CALL"))
            .block();
    assertThat(chat.status()).isEqualTo(201);
    return chat.location().replace("/api/v1/chats/", "");
  }

  private static Map<String, Object> relationship(String contactName) {
    return Map.of("contact", Map.of("name", contactName, "company", "Acme"), "howWeMet", "Fair");
  }

  /** The sequence numbers of an aggregate's events, in order. */
  private static List<Long> events(String aggregateId) throws Exception {
    try (var connection = INFRA.postgresConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select sequence_number from domain_event_entry where aggregate_identifier = ?"
                    + " order by sequence_number")) {
      statement.setString(1, aggregateId);
      List<Long> sequence = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          sequence.add(rows.getLong(1));
        }
      }
      return sequence;
    }
  }

  private static long globalIndexOfLastEvent(String aggregateId) throws Exception {
    return single(
        "select max(global_index) from domain_event_entry where aggregate_identifier = ?",
        aggregateId);
  }

  private static Long keptPosition(String key) throws Exception {
    try (var connection = INFRA.postgresConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select position from idempotency_key where idempotency_key = ?")) {
      statement.setString(1, key);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : null;
      }
    }
  }

  private static long allEvents() throws Exception {
    try (var connection = INFRA.postgresConnection();
        ResultSet rows =
            connection.createStatement().executeQuery("select count(*) from domain_event_entry")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static long single(String sql, String parameter) throws Exception {
    try (var connection = INFRA.postgresConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
