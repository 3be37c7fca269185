package io.rapport.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The realistic mix of P1, one informational interview per round, six commands: start a
 * relationship, schedule the chat, prepare a question, log the meeting, send the thank-you naming
 * two of its points, log a touchpoint.
 */
final class CommandMix {

  static final int COMMANDS_PER_ROUND = 6;

  private CommandMix() {}

  static ChainBuilder round() {
    String startsAt = Instant.now().plus(30, ChronoUnit.DAYS).toString();
    String heldAt =
        Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    String sentAt =
        Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    return exec(post("start relationship", "/api/v1/relationships")
            .body(
                StringBody(
                    "{\"contact\":{\"name\":\"Maya Chen\",\"company\":\"Acme\",\"role\":\"Data"
                        + " Scientist\",\"email\":\"maya@acme.example\"},\"howWeMet\":\"Alumni"
                        + " evening\"}"))
            .check(jsonPath("$.relationshipId").saveAs("rel")))
        .exec(
            post("schedule chat", "/api/v1/chats")
                .body(
                    StringBody(
                        "{\"relationshipId\":\"#{rel}\",\"kind\":\"INFORMATIONAL_INTERVIEW\","
                            + "\"startsAt\":\""
                            + startsAt
                            + "\",\"durationMinutes\":30,\"setting\":\"COFFEE_SHOP\","
                            + "\"location\":\"Blue Bottle\",\"purpose\":\"Learn how data teams"
                            + " work\"}"))
                .check(jsonPath("$.chatId").saveAs("chat")))
        .exec(
            post("prepare question", "/api/v1/chats/#{chat}/questions")
                .body(StringBody("{\"text\":\"What do you enjoy most about your role?\"}")))
        .exec(
            post("log meeting", "/api/v1/chats/#{chat}/meeting")
                .body(
                    StringBody(
                        "{\"heldAt\":\""
                            + heldAt
                            + "\",\"durationMinutes\":40,\"points\":[{\"text\":\"Stakeholder"
                            + " maps\"},{\"text\":\"How the team hires\"},{\"text\":\"Reading"
                            + " list\"}],\"insights\":\"Stakeholders matter\","
                            + "\"goalsSharedWhenPrompted\":true}"))
                .check(
                    jsonPath("$.pointIds[0]").saveAs("p1"), jsonPath("$.pointIds[1]").saveAs("p2")))
        .exec(
            post("send thank-you", "/api/v1/chats/#{chat}/thank-you")
                .body(
                    StringBody(
                        "{\"sentAt\":\""
                            + sentAt
                            + "\",\"channel\":\"EMAIL\",\"message\":\"Thank you for the advice"
                            + " on stakeholder maps.\",\"referencedPointIds\":[\"#{p1}\",\"#{p2}\"]}")))
        .exec(
            post("log touchpoint", "/api/v1/relationships/#{rel}/touchpoints")
                .body(
                    StringBody(
                        "{\"kind\":\"ARTICLE_SHARED\",\"note\":\"Sent the paper\",\"at\":\""
                            + sentAt
                            + "\"}")));
  }

  private static HttpRequestActionBuilder post(String name, String path) {
    return http(name)
        .post(path)
        .header("Authorization", "Bearer #{token}")
        .asJson()
        .check(status().in(200, 201, 202, 204));
  }
}
