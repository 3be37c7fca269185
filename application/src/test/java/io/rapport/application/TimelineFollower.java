package io.rapport.application;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;

/** A client following a student's live timeline: it keeps every event it receives until closed. */
final class TimelineFollower implements AutoCloseable {

  private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT =
      new ParameterizedTypeReference<>() {};

  private final List<ServerSentEvent<Map<String, Object>>> events = new CopyOnWriteArrayList<>();
  private volatile boolean ended;
  private final Disposable connection;

  private TimelineFollower(WebTestClient client, String studentId, String lastEventId) {
    var request =
        client
            .get()
            .uri("/api/v1/students/{id}/timeline/stream", studentId)
            .accept(MediaType.TEXT_EVENT_STREAM);
    if (lastEventId != null) {
      request = request.header("Last-Event-ID", lastEventId);
    }
    connection =
        request
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
            .returnResult(EVENT)
            .getResponseBody()
            .subscribe(events::add, failure -> ended = true, () -> ended = true);
  }

  /** Follows the student's timeline from now on, or from after the given event id. */
  static TimelineFollower follow(WebTestClient client, String studentId, String lastEventId) {
    return new TimelineFollower(client, studentId, lastEventId);
  }

  /** Whether the stream said it follows the timeline. */
  boolean following() {
    return events.stream().anyMatch(e -> "following".equals(e.comment()));
  }

  /** Whether the server ended the stream. */
  boolean ended() {
    return ended;
  }

  /** Whether a heartbeat came. */
  boolean heardHeartbeat() {
    return events.stream().anyMatch(e -> "heartbeat".equals(e.comment()));
  }

  /** The entries received, in order. */
  List<ServerSentEvent<Map<String, Object>>> entries() {
    return events.stream().filter(e -> e.data() != null).toList();
  }

  /** The entries of one relationship received, in order. */
  List<ServerSentEvent<Map<String, Object>>> entriesOf(String relationshipId) {
    return entries().stream()
        .filter(e -> Objects.equals(relationshipId, e.data().get("relationshipId")))
        .toList();
  }

  /** The types of the entries of one relationship received, in order. */
  List<Object> typesOf(String relationshipId) {
    return entriesOf(relationshipId).stream().map(e -> e.data().get("type")).toList();
  }

  /** The id of the last entry received, as a browser would send it when reconnecting. */
  String lastEventId() {
    List<ServerSentEvent<Map<String, Object>>> entries = entries();
    return entries.isEmpty() ? null : entries.get(entries.size() - 1).id();
  }

  @Override
  public void close() {
    connection.dispose();
  }
}
