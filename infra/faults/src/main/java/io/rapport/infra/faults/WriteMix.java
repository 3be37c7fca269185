package io.rapport.infra.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Students telling stories (start a relationship, schedule, prepare, meet, thank, keep in touch,
 * now and then erase the contact), one client each, as fast as answered. A step whose answer was
 * lost (the application was killed) is sent again with the same key and body until answered; every
 * answer is checked against what the API promises (never 500, 503 only with {@code Retry-After},
 * never a hang).
 */
final class WriteMix {

  private final Http http;
  private final Tokens tokens;
  private final List<String> students;
  private final Violations violations;
  private final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
  private final List<Story> stories = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean paused = new AtomicBoolean();
  private final AtomicInteger busy = new AtomicInteger();
  private final AtomicInteger numbers = new AtomicInteger();
  private final List<Thread> clients = new ArrayList<>();

  /**
   * @param students usernames of students, one client each
   */
  WriteMix(Http http, Tokens tokens, List<String> students, Violations violations) {
    this.http = http;
    this.tokens = tokens;
    this.students = students;
    this.violations = violations;
  }

  void start() {
    running.set(true);
    for (String username : students) {
      Thread client = new Thread(() -> tell(username), "student-" + username);
      client.setDaemon(true);
      clients.add(client);
      client.start();
    }
  }

  /** Stops sending once each client's current request is answered; returns when all are idle. */
  void pause() {
    paused.set(true);
    while (busy.get() > 0) {
      RapportProcess.sleep(50);
    }
  }

  void resume() {
    paused.set(false);
  }

  void stop() {
    running.set(false);
    clients.forEach(Thread::interrupt);
  }

  List<Acknowledged> acknowledged() {
    return List.copyOf(acknowledged);
  }

  List<Story> stories() {
    return List.copyOf(stories);
  }

  /** How many answers had each status ({@code -1}: no answer). */
  Map<String, Integer> statuses() {
    return Map.copyOf(statuses);
  }

  private void tell(String username) {
    Random random = new Random();
    while (running.get()) {
      Story story = new Story(numbers.incrementAndGet(), random.nextInt(3) == 0);
      stories.add(story);
      for (Story.Step step = story.next(); step != null && running.get(); step = story.next()) {
        Http.Reply reply = send(username, step);
        if (reply.success()) {
          story.answered(reply.json());
        } else if (reply.status() >= 400 && reply.status() < 500) {
          violations.record(
              "a story step was refused",
              step.path() + " → " + reply.status() + " " + reply.body());
          story.abandon();
        }
      }
      if (story.erases() && story.relationshipId() != null && running.get()) {
        erase(username, story.relationshipId());
      }
    }
  }

  private Http.Reply send(String username, Story.Step step) {
    while (true) {
      awaitResume();
      busy.incrementAndGet();
      Http.Reply reply;
      try {
        reply = http.post(step.path(), tokens.of(username), step.body(), step.key());
      } finally {
        busy.decrementAndGet();
      }
      check(step.path(), reply);
      if (reply.success()) {
        acknowledged.add(
            new Acknowledged(
                username,
                step.key(),
                step.path(),
                step.body(),
                reply.status(),
                reply.body(),
                reply.header("Location").orElse(null),
                reply.header("Rapport-Position").map(Long::parseLong).orElse(-1L),
                created(reply)));
        return reply;
      }
      if (reply.status() >= 400 && reply.status() < 500 || !running.get()) {
        return reply;
      }
      RapportProcess.sleep(reply.status() == 503 ? 500 : 200); // killed or unavailable: again
    }
  }

  private void erase(String username, String relationshipId) {
    String path = "/api/v1/relationships/" + relationshipId + "/contact/personal-data";
    while (running.get()) {
      awaitResume();
      busy.incrementAndGet();
      Http.Reply reply;
      try {
        reply = http.delete(path, tokens.of(username));
      } finally {
        busy.decrementAndGet();
      }
      check(path, reply);
      if (reply.status() != -1 && reply.status() != 503) {
        return;
      }
      RapportProcess.sleep(300);
    }
  }

  private void check(String path, Http.Reply reply) {
    statuses.merge(Integer.toString(reply.status()), 1, Integer::sum);
    if (reply.status() >= 500 && reply.status() != 503 && reply.status() != 507) {
      violations.record("a request answered " + reply.status(), path + " → " + reply.body());
    }
    if ((reply.status() == 503 || reply.status() == 507) && reply.header("Retry-After").isEmpty()) {
      violations.record("a 503 without Retry-After", path + " → " + reply.body());
    }
    if (reply.millis() >= Http.HANG.toMillis()) {
      violations.record("a request hung", path + " took " + reply.millis() + " ms");
    }
  }

  private static String created(Http.Reply reply) {
    var json = reply.json();
    for (String field : List.of("relationshipId", "chatId", "questionId")) {
      if (json.hasNonNull(field)) {
        return json.get(field).asText();
      }
    }
    return null;
  }

  private void awaitResume() {
    while (paused.get() && running.get()) {
      RapportProcess.sleep(50);
    }
  }
}
