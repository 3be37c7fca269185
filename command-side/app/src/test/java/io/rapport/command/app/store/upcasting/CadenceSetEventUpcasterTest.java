package io.rapport.command.app.store.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.relationship.CadenceSetEvent;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

/**
 * Stored events of an old revision are read, through the storage engine's path, in the new shape.
 */
class CadenceSetEventUpcasterTest {

  private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
  private final EventUpcasterChain chain = new EventUpcasterChain(new CadenceSetEventUpcaster());

  @Test
  void readsRevisionZeroWithItsDaysAsEveryDays() {
    String revision0 = "{\"relationshipId\":\"rel-1\",\"studentId\":\"stu-1\",\"days\":30}";

    List<? extends DomainEventMessage<?>> events = read(stored("0", revision0));

    assertThat(events).hasSize(1);
    assertThat(events.get(0).getPayload()).isEqualTo(new CadenceSetEvent("rel-1", "stu-1", 30));
  }

  @Test
  void leavesTheCurrentRevisionAsItIs() {
    String revision1 = "{\"relationshipId\":\"rel-2\",\"studentId\":\"stu-2\",\"everyDays\":60}";

    List<? extends DomainEventMessage<?>> events = read(stored("1", revision1));

    assertThat(events.get(0).getPayload()).isEqualTo(new CadenceSetEvent("rel-2", "stu-2", 60));
  }

  private List<? extends DomainEventMessage<?>> read(DomainEventData<?> stored) {
    return EventStreamUtils.upcastAndDeserializeDomainEvents(
            java.util.stream.Stream.of(stored), serializer, chain)
        .asStream()
        .toList();
  }

  private static DomainEventData<?> stored(String revision, String payload) {
    return new GenericDomainEventEntry<>(
        "Relationship",
        "rel",
        3,
        "event-" + revision,
        Instant.parse("2026-01-05T10:00:00Z"),
        CadenceSetEvent.class.getName(),
        revision,
        payload,
        "{}");
  }
}
