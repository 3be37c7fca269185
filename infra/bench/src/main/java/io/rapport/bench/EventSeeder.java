package io.rapport.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Writes events straight into the event table, serialized as the application serializes them
 * (Axon's Jackson serializer, the same event records, the same metadata stamp), bypassing the
 * command handlers: ten events per informational interview, spread over the past year, across
 * tenants and students. One busy student of the demo tenant gets a share of them, so that her
 * timeline pages are full.
 */
final class EventSeeder {

  static final int EVENTS_PER_STORY = 10;
  private static final int STUDENTS_PER_TENANT = 20;
  private static final int BATCH = 1000;

  private final JacksonSerializer serializer =
      JacksonSerializer.builder()
          .objectMapper(
              new ObjectMapper()
                  .registerModule(new JavaTimeModule())
                  .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
          .build();
  private final Random random = new Random(42);

  /**
   * @param busyTenant the demo tenant
   * @param busyStudent the demo student who gets one story in {@code busyShare}
   */
  long seed(Settings settings, String busyTenant, String busyStudent, int busyShare)
      throws Exception {
    long stories = settings.events() / EVENTS_PER_STORY;
    List<String> tenants = new ArrayList<>();
    tenants.add(busyTenant);
    for (int i = 1; i < settings.tenants(); i++) {
      tenants.add(String.format("bench-tenant-%02d", i));
    }
    List<List<String>> students = new ArrayList<>();
    for (int i = 0; i < tenants.size(); i++) {
      List<String> ids = new ArrayList<>();
      for (int s = 0; s < STUDENTS_PER_TENANT; s++) {
        ids.add(UUID.nameUUIDFromBytes((tenants.get(i) + s).getBytes()).toString());
      }
      students.add(ids);
    }
    // the last story's touchpoint (a month after its start) still lies in the past
    Instant start = Instant.now().minus(Duration.ofDays(400));
    long step = Duration.ofDays(360).toMillis() / Math.max(1, stories);
    long written = 0;
    try (Connection connection = PostgresInserts.connect(settings)) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into domain_event_entry (event_identifier, aggregate_identifier,"
                  + " sequence_number, type, time_stamp, payload_type, payload_revision, payload,"
                  + " meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (long story = 0; story < stories; story++) {
          int tenant = story % busyShare == 0 ? 0 : random.nextInt(tenants.size());
          String student =
              story % busyShare == 0
                  ? busyStudent
                  : students.get(tenant).get(random.nextInt(STUDENTS_PER_TENANT));
          Instant at = start.plusMillis(story * step);
          for (Row row : story(tenants.get(tenant), student, at)) {
            add(insert, row);
            if (++written % BATCH == 0) {
              insert.executeBatch();
              connection.commit();
            }
          }
          if (story % 10_000 == 0 && story > 0) {
            System.out.printf("  seeded %,d events%n", written);
          }
        }
        insert.executeBatch();
        connection.commit();
      }
    }
    return written;
  }

  private record Row(
      String aggregateType,
      String aggregateId,
      long sequence,
      Instant at,
      Object payload,
      MetaData stamp) {}

  private List<Row> story(String tenant, String student, Instant at) {
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

  private void add(PreparedStatement insert, Row row) throws Exception {
    SerializedObject<byte[]> payload = serializer.serialize(row.payload(), byte[].class);
    insert.setString(1, UUID.randomUUID().toString());
    insert.setString(2, row.aggregateId());
    insert.setLong(3, row.sequence());
    insert.setString(4, row.aggregateType());
    insert.setString(5, row.at().toString());
    insert.setString(6, payload.getType().getName());
    insert.setString(7, payload.getType().getRevision());
    insert.setBytes(8, payload.getData());
    insert.setBytes(9, serializer.serialize(row.stamp(), byte[].class).getData());
    insert.addBatch();
  }
}
