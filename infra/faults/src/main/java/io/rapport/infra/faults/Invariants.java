package io.rapport.infra.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * What must hold after any fault, checked from outside: in the event store, in the read store and
 * through the API with real tokens. Each check counts as checked; each breach is a violation.
 */
final class Invariants {

  static final Duration CATCH_UP = Duration.ofMinutes(3);

  /** The demo tenants and their admins. */
  static final Map<String, String> TENANT_ADMINS =
      Map.of("northfield-university", "dan.admin", "southside-bootcamp", "gia.admin");

  private static final String BEN = "8e7046be-68c9-47db-aec7-666a99061256";

  private final Http http;
  private final Tokens tokens;
  private final EventStore events;
  private final ReadStore readStore;
  private final Violations violations;
  private final Path diffs;
  private final Map<String, Integer> checked = new java.util.TreeMap<>();
  private int diffsWritten;
  private String lastProjections = "";

  /**
   * @param diffs where the first differences between a read model and its rebuild are written
   */
  Invariants(
      Http http,
      Tokens tokens,
      EventStore events,
      ReadStore readStore,
      Violations violations,
      Path diffs) {
    this.http = http;
    this.tokens = tokens;
    this.events = events;
    this.readStore = readStore;
    this.violations = violations;
    this.diffs = diffs;
  }

  /** How often each invariant was checked. */
  Map<String, Integer> checked() {
    return Map.copyOf(checked);
  }

  /** No nudge was sent twice, across kills and restarts (its inbox takes each id once). */
  void nudgesOnce() throws SQLException {
    count("nudges sent once");
    for (String nudge : events.nudgesSentTwice()) {
      violations.record("a nudge is sent once", nudge + " was sent more than once");
    }
  }

  /** Every acknowledged command's last event is in the event store. */
  void acknowledgedEventsStored(List<Acknowledged> acknowledged) throws SQLException {
    String invariant = "every acknowledged command's events are stored";
    Set<Long> positions =
        acknowledged.stream()
            .map(Acknowledged::position)
            .filter(p -> p > 0)
            .collect(Collectors.toSet());
    Set<Long> missing = events.missingPositions(positions);
    count(invariant);
    for (Acknowledged ack : acknowledged) {
      if (missing.contains(ack.position())) {
        violations.record(invariant, ack.path() + " acknowledged at position " + ack.position());
      }
    }
  }

  /** A repeat of acknowledged commands with their keys gets the first answer again. */
  void replayedKeysAnswerFirst(List<Acknowledged> acknowledged, int sample) {
    String invariant = "a replayed key answers the first result";
    List<Acknowledged> picked = new ArrayList<>(acknowledged);
    java.util.Collections.shuffle(picked);
    for (Acknowledged ack : picked.subList(0, Math.min(sample, picked.size()))) {
      Http.Reply again = http.post(ack.path(), tokens.of(ack.username()), ack.body(), ack.key());
      count(invariant);
      boolean same =
          again.status() == ack.status()
              && json(again.body()).equals(json(ack.answer()))
              && Objects.equals(again.header("Location").orElse(null), ack.location())
              && again.header("Rapport-Position").map(Long::parseLong).orElse(-1L)
                  == ack.position();
      if (!same) {
        violations.record(
            invariant,
            ack.path()
                + " first "
                + ack.status()
                + " "
                + ack.answer()
                + ", again "
                + again.status()
                + " "
                + again.body());
      }
    }
  }

  /** A contact's key is gone exactly when its erasure event exists. */
  void erasureIffKeyDeleted(List<Story> stories) throws SQLException {
    String invariant = "a contact's key is deleted iff its erasure event exists";
    Set<String> erased = events.erasedContacts();
    Set<String> withKeys = events.contactsWithKeys();
    for (Story story : stories) {
      String relationship = story.relationshipId();
      if (relationship == null) {
        continue;
      }
      count(invariant);
      if (erased.contains(relationship) == withKeys.contains(relationship)) {
        violations.record(
            invariant,
            relationship
                + (erased.contains(relationship)
                    ? " erased but its key is kept"
                    : " has no key and no erasure"));
      }
    }
  }

  /** Once caught up, a new command reaches the student's timeline within seconds. */
  void timelineMoves() throws SQLException {
    String invariant = "a new command reaches the timeline within seconds";
    count(invariant);
    if (!awaitCaughtUp(tokens.of("pat.platform"))) {
      violations.record(
          invariant,
          "the read models did not catch up within " + CATCH_UP + ": " + lastProjections);
      return;
    }
    String token = tokens.of("ben.student");
    Http.Reply started =
        http.post(
            "/api/v1/relationships",
            token,
            "{\"contact\":{\"name\":\"After The Crash\"}}",
            UUID.randomUUID().toString());
    if (!started.success()) {
      violations.record(
          invariant, "the command was answered " + started.status() + " " + started.body());
      return;
    }
    String relationship = started.json().path("relationshipId").asText();
    String position = started.header("Rapport-Position").orElse("0");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    Http.Reply timeline = null;
    while (System.nanoTime() < deadline) {
      timeline =
          http.get(
              "/api/v1/students/" + BEN + "/timeline?limit=20",
              token,
              Map.of("Rapport-Position", position));
      if (timeline.success() && timeline.body().contains(relationship)) {
        return;
      }
      RapportProcess.sleep(250);
    }
    violations.record(
        invariant,
        "relationship "
            + relationship
            + " (position "
            + position
            + ") not on ben's timeline after 10 s: "
            + timeline.status()
            + " "
            + timeline.body().substring(0, Math.min(300, timeline.body().length()))
            + "; processors: "
            + http.get("/api/v1/admin/projections", tokens.of("pat.platform")).body());
  }

  /** Each tenant's audit chain verifies and holds one entry per event of the tenant. */
  void auditChainsWhole() throws SQLException {
    String invariant = "each tenant's audit chain verifies, without hole or duplicate";
    Map<String, Long> perTenant = events.eventsPerTenant();
    for (Map.Entry<String, String> tenant : TENANT_ADMINS.entrySet()) {
      count(invariant);
      Http.Reply verify = http.get("/api/v1/audit/verify", tokens.of(tenant.getValue()));
      JsonNode result = verify.json();
      long expected = perTenant.getOrDefault(tenant.getKey(), 0L);
      if (!verify.success()
          || !result.path("valid").asBoolean()
          || result.path("entries").asLong() != expected) {
        violations.record(
            invariant,
            tenant.getKey()
                + ": "
                + verify.status()
                + " "
                + verify.body()
                + ", events "
                + expected
                + "; stored: "
                + readStore.auditChain(tenant.getKey()));
      }
    }
  }

  /**
   * Every read model equals a rebuild of it from the events: the read store is dumped once caught
   * up, every projection rebuilt through the platform API, and the store dumped and compared again.
   */
  void readModelsEqualRebuild() throws SQLException {
    String invariant = "every read model equals its rebuild";
    count(invariant);
    String platform = tokens.of("pat.platform");
    if (!awaitCaughtUp(platform)) {
      violations.record(invariant, "the read models did not catch up within " + CATCH_UP);
      return;
    }
    Map<String, Map<String, Document>> before = readStore.dump();
    List<String> rebuilt = new ArrayList<>();
    for (String name : projectionNames(platform)) {
      Http.Reply started =
          http.post("/api/v1/admin/projections/" + name + "/rebuild", platform, "", null);
      if (started.status() == 202) {
        rebuilt.add(name);
      }
    }
    long deadline = System.nanoTime() + CATCH_UP.toNanos();
    for (String name : rebuilt) {
      while (!http.get("/api/v1/admin/projections/" + name + "/rebuild", platform)
          .json()
          .path("state")
          .asText()
          .equals("DONE")) {
        if (System.nanoTime() > deadline) {
          violations.record(
              invariant, "the rebuild of " + name + " did not finish within " + CATCH_UP);
          return;
        }
        RapportProcess.sleep(250);
      }
    }
    awaitCaughtUp(platform);
    compare(invariant, before, readStore.dump());
  }

  private void compare(
      String invariant,
      Map<String, Map<String, Document>> live,
      Map<String, Map<String, Document>> rebuilt) {
    Set<String> collections = new HashSet<>(live.keySet());
    collections.addAll(rebuilt.keySet());
    for (String collection : collections) {
      Map<String, Document> a = live.getOrDefault(collection, Map.of());
      Map<String, Document> b = rebuilt.getOrDefault(collection, Map.of());
      Set<String> keys = new HashSet<>(a.keySet());
      keys.addAll(b.keySet());
      for (String key : keys) {
        if (!Objects.equals(a.get(key), b.get(key))) {
          writeDiff(collection, key, a.get(key), b.get(key));
          violations.record(
              invariant,
              collection
                  + " "
                  + key
                  + ": live "
                  + abbreviate(a.get(key))
                  + " rebuilt "
                  + abbreviate(b.get(key)));
        }
      }
    }
  }

  private void writeDiff(String collection, String key, Document live, Document rebuilt) {
    if (diffsWritten >= 10) {
      return;
    }
    diffsWritten++;
    try {
      Files.createDirectories(diffs);
      Files.writeString(
          diffs.resolve(diffsWritten + "-" + collection + ".txt"),
          "key "
              + key
              + "\nlive    "
              + (live == null ? "(none)" : live.toJson())
              + "\nrebuilt "
              + (rebuilt == null ? "(none)" : rebuilt.toJson())
              + "\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Waits until every processor handled every stored event and none fails: the platform API shows
   * each running and past the head, and a read given the head as {@code Rapport-Position} is
   * answered (every segment of every processor claimed and past it).
   */
  boolean awaitCaughtUp(String platform) throws SQLException {
    long head = events.head();
    long deadline = System.nanoTime() + CATCH_UP.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode items = http.get("/api/v1/admin/projections", platform).json().path("items");
      boolean caughtUp = items.size() > 0;
      for (JsonNode item : items) {
        boolean reached = true;
        for (JsonNode segment : item.path("segments")) {
          reached &= segment.path("position").asLong(-1) >= head;
        }
        caughtUp &=
            item.path("state").asText().equals("RUNNING")
                && item.path("segments").size() > 0
                && reached;
      }
      if (caughtUp && readsAt(head)) {
        return true;
      }
      RapportProcess.sleep(250);
    }
    lastProjections = http.get("/api/v1/admin/projections", platform).body();
    return false;
  }

  private boolean readsAt(long position) {
    return http.get(
            "/api/v1/relationships?studentId=" + BEN,
            tokens.of("ben.student"),
            Map.of("Rapport-Position", Long.toString(position)))
        .success();
  }

  private List<String> projectionNames(String platform) {
    List<String> names = new ArrayList<>();
    http.get("/api/v1/admin/projections", platform)
        .json()
        .path("items")
        .forEach(item -> names.add(item.path("name").asText()));
    return names;
  }

  private void count(String invariant) {
    synchronized (checked) {
      checked.merge(invariant, 1, Integer::sum);
    }
  }

  private static JsonNode json(String body) {
    try {
      return Http.JSON.readTree(body == null || body.isEmpty() ? "null" : body);
    } catch (java.io.IOException e) {
      return Http.JSON.getNodeFactory().textNode(body);
    }
  }

  private static String abbreviate(Document document) {
    String text = document == null ? "(none)" : document.toJson();
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
