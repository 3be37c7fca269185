package io.rapport.command.app.relationship;

import static io.rapport.command.app.Fixtures.ADA;
import static io.rapport.command.app.Fixtures.ada;

import io.rapport.command.api.relationship.Contact;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.command.api.relationship.StartRelationshipCommand;
import io.rapport.command.app.Fixtures;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelationshipTest {

  static final Contact MAYA = new Contact("Maya Chen", "Acme", "Data Scientist", null, null);

  private AggregateTestFixture<Relationship> fixture;

  @BeforeEach
  void setUp() {
    fixture = Fixtures.fixture(Relationship.class);
  }

  @Test
  void canStartARelationshipWithTheDefaultCadence() {
    fixture
        .givenNoPriorActivity()
        .when(new StartRelationshipCommand("r1", ADA, MAYA, "Alumni evening"), ada())
        .expectSuccessfulHandlerExecution()
        .expectEvents(new RelationshipStartedEvent("r1", ADA, MAYA, "Alumni evening", 90));
  }
}
