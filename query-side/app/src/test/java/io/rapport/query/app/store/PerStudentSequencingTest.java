package io.rapport.query.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.command.api.chat.ChatCancelledEvent;
import io.rapport.command.api.relationship.CadenceSetEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** A student's events share one sequence, whichever aggregate they come from. */
class PerStudentSequencingTest {

  private final UnreadablePayloads serializer = new UnreadablePayloads();
  private final PerStudentSequencing sequencing = new PerStudentSequencing(serializer);

  @Test
  void eventsOfOneStudentFromDifferentAggregatesShareASequence() {
    Object chat =
        sequencing.getSequenceIdentifierFor(
            event("chat-1", new ChatCancelledEvent("chat-1", "rel-1", "ada", "Ill")));
    Object relationship =
        sequencing.getSequenceIdentifierFor(
            event("rel-1", new CadenceSetEvent("rel-1", "ada", 30)));
    Object otherStudent =
        sequencing.getSequenceIdentifierFor(
            event("rel-2", new CadenceSetEvent("rel-2", "ben", 30)));

    assertThat(chat).isEqualTo(relationship).isEqualTo("north|ada");
    assertThat(otherStudent).isNotEqualTo(chat);
  }

  @Test
  void eventsWithoutAStudentKeepTheOrderOfTheirAggregate() {
    assertThat(
            sequencing.getSequenceIdentifierFor(
                event("north", new ThankYouWindowSetEvent("north", 48, 24))))
        .isEqualTo("north");
  }

  @Test
  void anEventThatCannotBeReadKeepsTheSequenceItWouldHave() {
    CadenceSetEvent cadence = new CadenceSetEvent("rel-1", "ada", 30);
    EventMessage<?> unreadable =
        new GenericDomainEventMessage<>(
            "Relationship",
            "rel-1",
            0,
            new SerializedMessage<>(
                "e1",
                serializer.serialize(cadence, byte[].class),
                serializer.serialize(MetaData.with("tenantId", "north"), byte[].class),
                serializer),
            Instant::now);
    assertThatThrownBy(unreadable::getPayload).hasMessageContaining("cannot be read");

    assertThat(sequencing.getSequenceIdentifierFor(unreadable))
        .isEqualTo(sequencing.getSequenceIdentifierFor(event("rel-1", cadence)))
        .isEqualTo("north|ada");
  }

  /** Jackson, except that no event payload can be read, as when a subject's key is lost. */
  static final class UnreadablePayloads extends JacksonSerializer {

    UnreadablePayloads() {
      super(JacksonSerializer.builder());
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
      if (serializedObject.getType().getName().endsWith("Event")) {
        throw new IllegalStateException("The personal data of this event cannot be read");
      }
      return super.deserialize(serializedObject);
    }
  }

  private static EventMessage<?> event(String aggregateId, Object payload) {
    return new GenericDomainEventMessage<>("Aggregate", aggregateId, 0, payload)
        .withMetaData(Map.of("tenantId", "north"));
  }
}
