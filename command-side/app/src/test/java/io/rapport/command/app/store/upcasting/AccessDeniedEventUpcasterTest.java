package io.rapport.command.app.store.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.audit.AccessDeniedEvent;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

/** Denials stored before they were counted read as single attempts. */
class AccessDeniedEventUpcasterTest {

  private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
  private final EventUpcasterChain chain = new EventUpcasterChain(new AccessDeniedEventUpcaster());

  @Test
  void readsRevisionOneAsOneAttemptWithoutRepeats() {
    String revision1 =
        "{\"status\":401,\"method\":\"GET\",\"resource\":\"/api/v1/me\",\"reason\":\"unauthenticated\"}";

    assertThat(read(stored("1", revision1)).get(0).getPayload())
        .isEqualTo(new AccessDeniedEvent(401, "GET", "/api/v1/me", "unauthenticated", 0));
  }

  @Test
  void leavesTheCurrentRevisionAsItIs() {
    String revision2 =
        "{\"status\":401,\"method\":\"GET\",\"resource\":\"/api/v1/me\",\"reason\":\"unauthenticated\",\"repeats\":41}";

    assertThat(read(stored("2", revision2)).get(0).getPayload())
        .isEqualTo(new AccessDeniedEvent(401, "GET", "/api/v1/me", "unauthenticated", 41));
  }

  private List<? extends DomainEventMessage<?>> read(DomainEventData<?> stored) {
    return EventStreamUtils.upcastAndDeserializeDomainEvents(
            java.util.stream.Stream.of(stored), serializer, chain)
        .asStream()
        .toList();
  }

  private static DomainEventData<?> stored(String revision, String payload) {
    return new GenericDomainEventEntry<>(
        "DeniedAccess",
        "event-" + revision,
        0,
        "event-" + revision,
        Instant.parse("2026-01-05T10:00:00Z"),
        AccessDeniedEvent.class.getName(),
        revision,
        payload,
        "{}");
  }
}
