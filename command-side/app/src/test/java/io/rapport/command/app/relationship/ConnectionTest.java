package io.rapport.command.app.relationship;

import static io.rapport.command.app.Fixtures.ADA;
import static io.rapport.command.app.Fixtures.ada;
import static io.rapport.command.app.Fixtures.byAda;
import static io.rapport.command.app.Fixtures.conflict;
import static io.rapport.command.app.Fixtures.invalid;
import static io.rapport.command.app.relationship.RelationshipTest.NOW;
import static io.rapport.command.app.relationship.RelationshipTest.YESTERDAY;
import static io.rapport.command.app.relationship.RelationshipTest.started;

import io.rapport.command.api.relationship.AcceptConnectionCommand;
import io.rapport.command.api.relationship.ConnectionAcceptedEvent;
import io.rapport.command.api.relationship.ConnectionPlatform;
import io.rapport.command.api.relationship.ConnectionRequestedEvent;
import io.rapport.command.api.relationship.RequestConnectionCommand;
import io.rapport.command.app.Fixtures;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The connection request after the chat, and its acceptance. */
class ConnectionTest {

  static final String MESSAGE = "Thanks again for your time on Tuesday — let's stay in touch.";

  private AggregateTestFixture<Relationship> fixture;

  @BeforeEach
  void setUp() {
    fixture = Fixtures.fixture(Relationship.class);
  }

  static EventMessage<Object> requested() {
    return byAda(new ConnectionRequestedEvent("r1", ADA, ConnectionPlatform.LINKEDIN, MESSAGE));
  }

  static EventMessage<Object> accepted() {
    return byAda(new ConnectionAcceptedEvent("r1", ADA, YESTERDAY));
  }

  @Test
  void canRequestAConnection() {
    fixture
        .given(started())
        .when(new RequestConnectionCommand("r1", ConnectionPlatform.LINKEDIN, MESSAGE), ada())
        .expectEvents(
            new ConnectionRequestedEvent("r1", ADA, ConnectionPlatform.LINKEDIN, MESSAGE));
  }

  @Test
  void canRequestAConnectionAgainBeforeItIsAccepted() {
    fixture
        .given(started(), requested())
        .when(new RequestConnectionCommand("r1", ConnectionPlatform.EMAIL, MESSAGE), ada())
        .expectEvents(new ConnectionRequestedEvent("r1", ADA, ConnectionPlatform.EMAIL, MESSAGE));
  }

  @Test
  void cannotRequestAConnectionWithoutAPlatform() {
    fixture
        .given(started())
        .when(new RequestConnectionCommand("r1", null, MESSAGE), ada())
        .expectNoEvents()
        .expectException(invalid("platform"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void cannotRequestAConnectionWithoutAMessage(String message) {
    fixture
        .given(started())
        .when(new RequestConnectionCommand("r1", ConnectionPlatform.LINKEDIN, message), ada())
        .expectNoEvents()
        .expectException(invalid("message"));
  }

  @Test
  void cannotRequestAConnectionOnceConnected() {
    fixture
        .given(started(), requested(), accepted())
        .when(new RequestConnectionCommand("r1", ConnectionPlatform.LINKEDIN, MESSAGE), ada())
        .expectNoEvents()
        .expectException(conflict("already-connected"));
  }

  @Test
  void canAcceptARequestedConnection() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started(), requested())
        .when(new AcceptConnectionCommand("r1", YESTERDAY), ada())
        .expectEvents(new ConnectionAcceptedEvent("r1", ADA, YESTERDAY));
  }

  @Test
  void canAcceptAConnectionThisVeryMoment() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started(), requested())
        .when(new AcceptConnectionCommand("r1", NOW), ada())
        .expectEvents(new ConnectionAcceptedEvent("r1", ADA, NOW));
  }

  @Test
  void cannotAcceptAConnectionThatWasNotRequested() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started())
        .when(new AcceptConnectionCommand("r1", YESTERDAY), ada())
        .expectNoEvents()
        .expectException(conflict("connection-not-requested"));
  }

  @Test
  void cannotAcceptAConnectionTwice() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started(), requested(), accepted())
        .when(new AcceptConnectionCommand("r1", NOW), ada())
        .expectNoEvents()
        .expectException(conflict("already-connected"));
  }

  @Test
  void cannotAcceptAConnectionInTheFuture() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started(), requested())
        .when(new AcceptConnectionCommand("r1", NOW.plusSeconds(1)), ada())
        .expectNoEvents()
        .expectException(invalid("acceptedAt"));
  }

  @Test
  void cannotAcceptAConnectionWithoutWhenItWasAccepted() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started(), requested())
        .when(new AcceptConnectionCommand("r1", null), ada())
        .expectNoEvents()
        .expectException(invalid("acceptedAt"));
  }
}
