package io.rapport.application;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The calls a student makes, as small steps for the end-to-end tests. */
final class StudentJourney {

  private final WebTestClient client;

  StudentJourney(WebTestClient client) {
    this.client = client;
  }

  WebTestClient.ResponseSpec post(String uri, Object body, Object... vars) {
    return client
        .post()
        .uri(uri, vars)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  void put(String uri, Object body, Object... vars) {
    client
        .put()
        .uri(uri, vars)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isNoContent();
  }

  WebTestClient.ResponseSpec get(String uri, Object... vars) {
    return client.get().uri(uri, vars).exchange();
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> created(String uri, Object body, Object... vars) {
    return post(uri, body, vars)
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> ok(String uri, Object body, Object... vars) {
    return post(uri, body, vars)
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  String startRelationship(String contactName) {
    return (String)
        created(
                "/api/v1/relationships",
                Map.of(
                    "contact",
                    Map.of("name", contactName, "company", "Acme", "role", "Data Scientist"),
                    "howWeMet",
                    "Alumni evening"))
            .get("relationshipId");
  }

  String scheduleChat(String relationshipId, Instant startsAt, int minutes) {
    return (String)
        created(
                "/api/v1/chats",
                Map.of(
                    "relationshipId", relationshipId,
                    "kind", "INFORMATIONAL_INTERVIEW",
                    "startsAt", startsAt.toString(),
                    "durationMinutes", minutes,
                    "setting", "COFFEE_SHOP",
                    "location", "Blue Bottle",
                    "purpose", "Learn how data teams work"))
            .get("chatId");
  }

  /** A chat whose location, purpose and (later) cancel reason carry the given text. */
  String scheduleChatAt(String relationshipId, Instant startsAt, String text) {
    return (String)
        created(
                "/api/v1/chats",
                Map.of(
                    "relationshipId",
                    relationshipId,
                    "kind",
                    "NETWORKING_MEETUP",
                    "startsAt",
                    startsAt.toString(),
                    "durationMinutes",
                    30,
                    "setting",
                    "COFFEE_SHOP",
                    "location",
                    text + " café",
                    "purpose",
                    text + " purpose"))
            .get("chatId");
  }

  @SuppressWarnings("unchecked")
  List<String> logMeeting(String chatId, Instant heldAt, int minutes, String... points) {
    return (List<String>)
        ok(
                "/api/v1/chats/{id}/meeting",
                Map.of(
                    "heldAt",
                    heldAt.toString(),
                    "durationMinutes",
                    minutes,
                    "points",
                    java.util.Arrays.stream(points).map(p -> Map.of("text", p)).toList(),
                    "insights",
                    "Data teams live and die by their stakeholders",
                    "leads",
                    List.of(Map.of("text", "An unadvertised analyst role next quarter")),
                    "goalsSharedWhenPrompted",
                    true),
                chatId)
            .get("pointIds");
  }

  WebTestClient.ResponseSpec thankYou(String chatId, Instant sentAt, List<String> pointIds) {
    return post(
        "/api/v1/chats/{id}/thank-you",
        Map.of(
            "sentAt",
            sentAt.toString(),
            "channel",
            "EMAIL",
            "message",
            "Thank you for your time and the advice on stakeholder maps.",
            "referencedPointIds",
            pointIds),
        chatId);
  }

  /** Waits until the read model answers the GET as expected. */
  void eventually(String uri, Consumer<WebTestClient.BodyContentSpec> expectation, Object... vars) {
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> expectation.accept(get(uri, vars).expectStatus().isOk().expectBody()));
  }
}
