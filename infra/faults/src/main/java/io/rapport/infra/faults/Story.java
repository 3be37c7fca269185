package io.rapport.infra.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One informational interview of one student, step by step, each step a command with its own
 * idempotency key and body, kept so that a step whose answer was lost is sent again unchanged.
 */
final class Story {

  /** A command of the story: where, what, and the key that makes a repeat safe. */
  record Step(String path, String body, String key) {}

  private final int number;
  private final boolean erases;
  private final Instant heldAt =
      Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
  private int done;
  private String relationshipId;
  private String chatId;
  private List<String> pointIds = List.of();
  private Step current;

  Story(int number, boolean erases) {
    this.number = number;
    this.erases = erases;
  }

  String relationshipId() {
    return relationshipId;
  }

  boolean erases() {
    return erases;
  }

  /** The step to send now; the same until it is answered. Null once the story is told. */
  Step next() {
    if (current == null) {
      current = step(done);
    }
    return current;
  }

  /** The current step was acknowledged with this answer. */
  void answered(JsonNode answer) {
    switch (done) {
      case 0 -> relationshipId = answer.path("relationshipId").asText();
      case 1 -> chatId = answer.path("chatId").asText();
      case 3 -> {
        List<String> ids = new ArrayList<>();
        answer.path("pointIds").forEach(id -> ids.add(id.asText()));
        pointIds = ids;
      }
      default -> {}
    }
    done++;
    current = null;
  }

  /** The step cannot be done (refused): the story ends here. */
  void abandon() {
    done = Integer.MAX_VALUE;
    current = null;
  }

  private Step step(int index) {
    String key = UUID.randomUUID().toString();
    return switch (index) {
      case 0 ->
          new Step(
              "/api/v1/relationships",
              """
              {"contact":{"name":"Crash Test %d","company":"Harness","email":"contact%d@example.org"},\
              "howWeMet":"Fault harness"}"""
                  .formatted(number, number),
              key);
      case 1 ->
          new Step(
              "/api/v1/chats",
              """
              {"relationshipId":"%s","kind":"INFORMATIONAL_INTERVIEW","startsAt":"%s",\
              "durationMinutes":30,"setting":"VIDEO_CALL"}"""
                  .formatted(
                      relationshipId,
                      Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS)),
              key);
      case 2 ->
          new Step(
              "/api/v1/chats/" + chatId + "/questions",
              "{\"text\":\"What do you enjoy most about your role?\"}",
              key);
      case 3 ->
          new Step(
              "/api/v1/chats/" + chatId + "/meeting",
              """
              {"heldAt":"%s","durationMinutes":35,"points":[{"text":"Stakeholder maps"},\
              {"text":"How the team hires"},{"text":"Reading list"}],"goalsSharedWhenPrompted":true}"""
                  .formatted(heldAt),
              key);
      case 4 ->
          new Step(
              "/api/v1/chats/" + chatId + "/thank-you",
              """
              {"sentAt":"%s","channel":"EMAIL","message":"Thank you for the advice on stakeholder maps.",\
              "referencedPointIds":["%s","%s"]}"""
                  .formatted(heldAt.plus(2, ChronoUnit.HOURS), pointIds.get(0), pointIds.get(1)),
              key);
      case 5 ->
          new Step(
              "/api/v1/relationships/" + relationshipId + "/touchpoints",
              "{\"kind\":\"CHECK_IN\",\"at\":\"%s\"}"
                  .formatted(heldAt.plus(150, ChronoUnit.MINUTES)),
              key);
      default -> null;
    };
  }
}
