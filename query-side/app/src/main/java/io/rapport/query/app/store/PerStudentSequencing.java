package io.rapport.query.app.store;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Handles all events of one student in one segment, in the order of the event stream, whatever
 * aggregate they come from (relationship, chat, student record). A student's timeline therefore
 * grows in the order of the stream, which is what lets a follower resume after the position of the
 * last entry it received. Events without a student fall back to per-aggregate order.
 */
public final class PerStudentSequencing implements SequencingPolicy<EventMessage<?>> {

  private static final SequentialPerAggregatePolicy PER_AGGREGATE =
      SequentialPerAggregatePolicy.instance();

  private final Map<Class<?>, Optional<RecordComponent>> studentIds = new ConcurrentHashMap<>();

  @Override
  public Object getSequenceIdentifierFor(EventMessage<?> event) {
    Object payload = event.getPayload();
    Optional<RecordComponent> studentId =
        studentIds.computeIfAbsent(payload.getClass(), PerStudentSequencing::studentIdOf);
    if (studentId.isEmpty()) {
      return PER_AGGREGATE.getSequenceIdentifierFor(event);
    }
    try {
      return event.getMetaData().get("tenantId")
          + "|"
          + studentId.get().getAccessor().invoke(payload);
    } catch (ReflectiveOperationException e) {
      return PER_AGGREGATE.getSequenceIdentifierFor(event);
    }
  }

  private static Optional<RecordComponent> studentIdOf(Class<?> type) {
    if (!type.isRecord()) {
      return Optional.empty();
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals("studentId") && component.getType() == String.class) {
        return Optional.of(component);
      }
    }
    return Optional.empty();
  }
}
