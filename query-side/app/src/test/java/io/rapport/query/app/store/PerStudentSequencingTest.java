package io.rapport.query.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.chat.ChatCancelledEvent;
import io.rapport.command.api.relationship.CadenceSetEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

/** A student's events share one sequence, whichever aggregate they come from. */
class PerStudentSequencingTest {

  private final PerStudentSequencing sequencing = new PerStudentSequencing();

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

  private static EventMessage<?> event(String aggregateId, Object payload) {
    return new GenericDomainEventMessage<>("Aggregate", aggregateId, 0, payload)
        .withMetaData(Map.of("tenantId", "north"));
  }
}
