package io.rapport.bench;

import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.command.app.privacy.Subject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Writes events straight into the event table, serialized by the application's own event serializer
 * (Jackson, personal fields encrypted under keys it stores beside them; see {@link
 * ApplicationSerializer}), bypassing the command handlers: ten events per informational interview
 * ({@link SeededStory}), spread over the past year, across tenants and students. One busy student
 * of the demo tenant gets a share of them, so that her timeline pages are full. The events go in
 * with binary {@code COPY}, a thousand stories per transaction, their contacts' keys ahead of them
 * in the same transaction ({@link SubjectKeyCopy}).
 */
final class EventSeeder {

  static final int EVENTS_PER_STORY = 10;
  private static final int STUDENTS_PER_TENANT = 20;
  private static final int STORIES_PER_TRANSACTION = 1_000;
  private static final long REPORT_EVERY = 100_000;

  private final Random random = new Random(42);

  /**
   * @param busyTenant the demo tenant
   * @param busyStudent the demo student who gets one story in {@code busyShare}
   * @return the number of events written
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
    for (String tenant : tenants) {
      List<String> ids = new ArrayList<>();
      for (int s = 0; s < STUDENTS_PER_TENANT; s++) {
        ids.add(UUID.nameUUIDFromBytes((tenant + s).getBytes()).toString());
      }
      students.add(ids);
    }
    // the last story's touchpoint (a month after its start) still lies in the past
    Instant start = Instant.now().minus(Duration.ofDays(400));
    long step = Duration.ofDays(360).toMillis() / Math.max(1, stories);
    long written = 0;
    try (Connection connection = PostgresInserts.connect(settings);
        ApplicationSerializer application = ApplicationSerializer.on(connection)) {
      connection.setAutoCommit(false);
      Serializer serializer = application.serializer();
      EventCopy copy = new EventCopy(connection);
      SubjectKeyCopy keys = new SubjectKeyCopy(connection);
      for (long first = 0; first < stories; first += STORIES_PER_TRANSACTION) {
        List<List<SeededStory.Row>> batch = new ArrayList<>();
        for (long story = first;
            story < Math.min(stories, first + STORIES_PER_TRANSACTION);
            story++) {
          int tenant = story % busyShare == 0 ? 0 : random.nextInt(tenants.size());
          String student =
              story % busyShare == 0
                  ? busyStudent
                  : students.get(tenant).get(random.nextInt(STUDENTS_PER_TENANT));
          List<SeededStory.Row> rows =
              SeededStory.of(tenants.get(tenant), student, start.plusMillis(story * step));
          RelationshipStartedEvent started = (RelationshipStartedEvent) rows.get(0).payload();
          keys.add(Subject.contact(started.relationshipId(), started.studentId()));
          batch.add(rows);
        }
        keys.send();
        for (List<SeededStory.Row> rows : batch) {
          // one stamp per story, as one client's commands carry one: serialized once for its events
          byte[] stamp = serializer.serialize(rows.get(0).stamp(), byte[].class).getData();
          for (SeededStory.Row row : rows) {
            add(copy, serializer, row, stamp);
            if (++written % REPORT_EVERY == 0) {
              System.out.printf("  seeded %,d events%n", written);
            }
          }
        }
        copy.send();
        connection.commit();
      }
    }
    return written;
  }

  private static void add(EventCopy copy, Serializer serializer, SeededStory.Row row, byte[] stamp)
      throws Exception {
    SerializedObject<byte[]> payload = serializer.serialize(row.payload(), byte[].class);
    copy.add(
        UUID.randomUUID().toString(),
        row.aggregateId(),
        row.sequence(),
        row.aggregateType(),
        row.at().toString(),
        payload.getType().getName(),
        payload.getType().getRevision(),
        payload.getData(),
        stamp);
  }
}
