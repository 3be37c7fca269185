package io.rapport.bench;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.chat.ChatKind;
import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.chat.MeetingLoggedEvent;
import io.rapport.command.api.chat.Point;
import io.rapport.command.api.chat.QuestionPreparedEvent;
import io.rapport.command.api.chat.Setting;
import io.rapport.command.api.chat.ThankYouChannel;
import io.rapport.command.api.chat.ThankYouSentEvent;
import io.rapport.command.api.relationship.ConnectionAcceptedEvent;
import io.rapport.command.api.relationship.ConnectionPlatform;
import io.rapport.command.api.relationship.ConnectionRequestedEvent;
import io.rapport.command.api.relationship.Contact;
import io.rapport.command.api.relationship.ReciprocityOfferedEvent;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.command.api.relationship.TouchpointKind;
import io.rapport.command.api.relationship.TouchpointLoggedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.MetaData;

/**
 * The ten events of one informational interview as the command handlers would have recorded them: a
 * relationship started, a chat scheduled, two questions, the meeting, the thank-you, then a
 * connection, a reciprocity offer and a touchpoint a month later.
 */
final class SeededStory {

  private SeededStory() {}

  /** One event of the story with its aggregate, sequence, time and the gateway's stamp. */
  record Row(
      String aggregateType,
      String aggregateId,
      long sequence,
      Instant at,
      Object payload,
      MetaData stamp) {}

  static List<Row> of(String tenant, String student, Instant at) {
    String relationship = UUID.randomUUID().toString();
    String chat = UUID.randomUUID().toString();
    MetaData stamp =
        MetaData.from(
            Map.of(
                Stamp.TENANT_ID.key(),
                tenant,
                Stamp.USER_ID.key(),
                student,
                Stamp.ROLES.key(),
                List.of("student"),
                Stamp.CORRELATION_ID.key(),
                UUID.randomUUID().toString()));
    Instant held = at.plus(Duration.ofDays(3));
    List<Point> points =
        List.of(
            new Point(UUID.randomUUID().toString(), "Stakeholder maps"),
            new Point(UUID.randomUUID().toString(), "How the team hires"),
            new Point(UUID.randomUUID().toString(), "Reading list"));
    return List.of(
        new Row(
            "Relationship",
            relationship,
            0,
            at,
            new RelationshipStartedEvent(
                relationship,
                student,
                new Contact("Maya Chen", "Acme", "Data Scientist", "maya@acme.example", null),
                "Alumni evening",
                90),
            stamp),
        new Row(
            "Chat",
            chat,
            0,
            at.plusSeconds(60),
            new ChatScheduledEvent(
                chat,
                relationship,
                student,
                ChatKind.INFORMATIONAL_INTERVIEW,
                held,
                30,
                Setting.COFFEE_SHOP,
                "Blue Bottle",
                "Learn how data teams work",
                List.of()),
            stamp),
        new Row(
            "Chat",
            chat,
            1,
            at.plusSeconds(120),
            new QuestionPreparedEvent(
                chat,
                relationship,
                student,
                UUID.randomUUID().toString(),
                "What do you enjoy most about your role?",
                Set.of()),
            stamp),
        new Row(
            "Chat",
            chat,
            2,
            at.plusSeconds(180),
            new QuestionPreparedEvent(
                chat,
                relationship,
                student,
                UUID.randomUUID().toString(),
                "Which lessons did you learn the hard way?",
                Set.of()),
            stamp),
        new Row(
            "Chat",
            chat,
            3,
            held.plusSeconds(3600),
            new MeetingLoggedEvent(
                chat,
                relationship,
                student,
                held,
                40,
                30,
                points,
                "Stakeholders matter",
                List.of(),
                true,
                Set.of()),
            stamp),
        new Row(
            "Chat",
            chat,
            4,
            held.plusSeconds(4 * 3600),
            new ThankYouSentEvent(
                chat,
                relationship,
                student,
                held.plusSeconds(4 * 3600),
                ThankYouChannel.EMAIL,
                "Thank you for the advice on stakeholder maps.",
                List.of(points.get(0).pointId(), points.get(1).pointId()),
                held,
                240,
                24,
                true),
            stamp),
        new Row(
            "Relationship",
            relationship,
            1,
            held.plusSeconds(5 * 3600),
            new ConnectionRequestedEvent(
                relationship, student, ConnectionPlatform.LINKEDIN, "Thanks again for the chat!"),
            stamp),
        new Row(
            "Relationship",
            relationship,
            2,
            held.plusSeconds(30 * 3600),
            new ConnectionAcceptedEvent(relationship, student, held.plusSeconds(30 * 3600)),
            stamp),
        new Row(
            "Relationship",
            relationship,
            3,
            held.plusSeconds(40 * 3600),
            new ReciprocityOfferedEvent(relationship, student, "Happy to test your survey"),
            stamp),
        new Row(
            "Relationship",
            relationship,
            4,
            held.plus(Duration.ofDays(30)),
            new TouchpointLoggedEvent(
                relationship,
                student,
                UUID.randomUUID().toString(),
                TouchpointKind.ARTICLE_SHARED,
                "Sent the paper",
                held.plus(Duration.ofDays(30))),
            stamp));
  }
}
