package io.rapport.query.app.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.serialization.Serializer;

/**
 * Handles all events of one student in one segment, in the order of the event stream, whatever
 * aggregate they come from (relationship, chat, student record). A student's timeline therefore
 * grows in the order of the stream, which is what lets a follower resume after the position of the
 * last entry it received. Events without a student fall back to per-aggregate order.
 *
 * <p>An event that cannot be read (its personal data unreadable, a key lost) gets the same sequence
 * as if it could, from the student id as stored, which is never encrypted: so it is handed to the
 * segment it belongs to, whose handler fails on it and whose processor shows as failing, and not
 * skipped by every segment.
 */
public final class PerStudentSequencing implements SequencingPolicy<EventMessage<?>> {

  private static final SequentialPerAggregatePolicy PER_AGGREGATE =
      SequentialPerAggregatePolicy.instance();
  private static final String STUDENT_ID = "studentId";

  private final Map<Class<?>, Optional<RecordComponent>> studentIds = new ConcurrentHashMap<>();
  private final Serializer eventSerializer;

  /**
   * @param eventSerializer the serializer the event store reads events with, to read a stored
   *     student id when an event cannot be read whole
   */
  public PerStudentSequencing(Serializer eventSerializer) {
    this.eventSerializer = eventSerializer;
  }

  @Override
  public Object getSequenceIdentifierFor(EventMessage<?> event) {
    Optional<RecordComponent> studentId =
        studentIds.computeIfAbsent(event.getPayloadType(), PerStudentSequencing::studentIdOf);
    if (studentId.isEmpty()) {
      return PER_AGGREGATE.getSequenceIdentifierFor(event);
    }
    Object student;
    try {
      student = studentId.get().getAccessor().invoke(event.getPayload());
    } catch (ReflectiveOperationException e) {
      return PER_AGGREGATE.getSequenceIdentifierFor(event);
    } catch (RuntimeException unreadable) {
      student = storedStudentId(event, unreadable);
    }
    return event.getMetaData().get(TenantId.KEY) + "|" + student;
  }

  private String storedStudentId(EventMessage<?> event, RuntimeException unreadable) {
    JsonNode stored;
    try {
      stored = event.serializePayload(eventSerializer, JsonNode.class).getData();
    } catch (RuntimeException alsoUnreadable) {
      unreadable.addSuppressed(alsoUnreadable);
      throw unreadable;
    }
    JsonNode student = stored.path(STUDENT_ID);
    return student.isTextual() ? student.asText() : null;
  }

  private static Optional<RecordComponent> studentIdOf(Class<?> type) {
    if (!type.isRecord()) {
      return Optional.empty();
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals(STUDENT_ID) && component.getType() == String.class) {
        return Optional.of(component);
      }
    }
    return Optional.empty();
  }
}
