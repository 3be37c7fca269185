package io.rapport.command.app.relationship;

import static io.rapport.command.app.Fixtures.ADA;
import static io.rapport.command.app.Fixtures.ada;
import static io.rapport.command.app.Fixtures.byAda;
import static io.rapport.command.app.Fixtures.invalid;

import io.rapport.command.api.relationship.CadenceSetEvent;
import io.rapport.command.api.relationship.Contact;
import io.rapport.command.api.relationship.LogTouchpointCommand;
import io.rapport.command.api.relationship.OfferReciprocityCommand;
import io.rapport.command.api.relationship.OutcomeKind;
import io.rapport.command.api.relationship.OutcomeRecordedEvent;
import io.rapport.command.api.relationship.ReciprocityOfferedEvent;
import io.rapport.command.api.relationship.RecordOutcomeCommand;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.command.api.relationship.SetCadenceCommand;
import io.rapport.command.api.relationship.StartRelationshipCommand;
import io.rapport.command.api.relationship.TouchpointKind;
import io.rapport.command.api.relationship.TouchpointLoggedEvent;
import io.rapport.command.app.Fixtures;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelationshipTest {

  static final Contact MAYA = new Contact("Maya Chen", "Acme", "Data Scientist", null, null);
  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));

  private AggregateTestFixture<Relationship> fixture;

  @BeforeEach
  void setUp() {
    fixture = Fixtures.fixture(Relationship.class);
  }

  /** Ada started a relationship with Maya. */
  static EventMessage<Object> started() {
    return byAda(new RelationshipStartedEvent("r1", ADA, MAYA, "Alumni evening", 90));
  }

  @Test
  void canStartARelationshipWithTheDefaultCadence() {
    fixture
        .givenNoPriorActivity()
        .when(new StartRelationshipCommand("r1", ADA, MAYA, "Alumni evening"), ada())
        .expectSuccessfulHandlerExecution()
        .expectEvents(new RelationshipStartedEvent("r1", ADA, MAYA, "Alumni evening", 90));
  }

  @Test
  void aRelationshipStartsWithItsTenantsOwnCadence() {
    fixture =
        Fixtures.fixture(Relationship.class, tenant -> Fixtures.TENANT.equals(tenant) ? 30 : 90);
    fixture
        .givenNoPriorActivity()
        .when(new StartRelationshipCommand("r1", ADA, MAYA, "Alumni evening"), ada())
        .expectEvents(new RelationshipStartedEvent("r1", ADA, MAYA, "Alumni evening", 30));
  }

  @Test
  void canOfferReciprocity() {
    fixture
        .given(started())
        .when(new OfferReciprocityCommand("r1", "Happy to review your team's survey"), ada())
        .expectEvents(new ReciprocityOfferedEvent("r1", ADA, "Happy to review your team's survey"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void cannotOfferReciprocityWithoutAnOffer(String offer) {
    fixture
        .given(started())
        .when(new OfferReciprocityCommand("r1", offer), ada())
        .expectNoEvents()
        .expectException(invalid("offer"));
  }

  @Test
  void canLogATouchpoint() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started())
        .when(
            new LogTouchpointCommand(
                "r1", "t1", TouchpointKind.ARTICLE_SHARED, "Sent the churn paper", YESTERDAY),
            ada())
        .expectEvents(
            new TouchpointLoggedEvent(
                "r1", ADA, "t1", TouchpointKind.ARTICLE_SHARED, "Sent the churn paper", YESTERDAY));
  }

  @Test
  void canLogATouchpointWithoutANoteThisVeryMoment() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started())
        .when(new LogTouchpointCommand("r1", "t1", TouchpointKind.CHECK_IN, null, NOW), ada())
        .expectEvents(
            new TouchpointLoggedEvent("r1", ADA, "t1", TouchpointKind.CHECK_IN, null, NOW));
  }

  @Test
  void cannotLogATouchpointWithoutItsKind() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started())
        .when(new LogTouchpointCommand("r1", "t1", null, "Said hello", YESTERDAY), ada())
        .expectNoEvents()
        .expectException(invalid("kind"));
  }

  @Test
  void cannotLogATouchpointInTheFuture() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started())
        .when(
            new LogTouchpointCommand("r1", "t1", TouchpointKind.UPDATE, null, NOW.plusSeconds(1)),
            ada())
        .expectNoEvents()
        .expectException(invalid("at"));
  }

  @Test
  void cannotLogATouchpointWithoutWhenItHappened() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started())
        .when(new LogTouchpointCommand("r1", "t1", TouchpointKind.UPDATE, null, null), ada())
        .expectNoEvents()
        .expectException(invalid("at"));
  }

  @ParameterizedTest
  @ValueSource(ints = {7, 30, 365})
  void canSetTheCadenceToSevenToThreeHundredSixtyFiveDays(int days) {
    fixture
        .given(started())
        .when(new SetCadenceCommand("r1", days), ada())
        .expectEvents(new CadenceSetEvent("r1", ADA, days));
  }

  @ParameterizedTest
  @ValueSource(ints = {6, 366, 0, -30})
  void cannotSetTheCadenceOutsideSevenToThreeHundredSixtyFiveDays(int days) {
    fixture
        .given(started())
        .when(new SetCadenceCommand("r1", days), ada())
        .expectNoEvents()
        .expectException(invalid("everyDays"));
  }

  @Test
  void canRecordAnOutcome() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started())
        .when(
            new RecordOutcomeCommand(
                "r1", "o1", OutcomeKind.REFERRAL, "Referred to the analytics lead", YESTERDAY),
            ada())
        .expectEvents(
            new OutcomeRecordedEvent(
                "r1",
                ADA,
                "o1",
                OutcomeKind.REFERRAL,
                "Referred to the analytics lead",
                YESTERDAY));
  }

  @Test
  void canRecordAnOutcomeWithoutANote() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started())
        .when(new RecordOutcomeCommand("r1", "o1", OutcomeKind.OFFER, null, NOW), ada())
        .expectEvents(new OutcomeRecordedEvent("r1", ADA, "o1", OutcomeKind.OFFER, null, NOW));
  }

  @Test
  void cannotRecordAnOutcomeWithoutItsKind() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started())
        .when(new RecordOutcomeCommand("r1", "o1", null, "Something good", YESTERDAY), ada())
        .expectNoEvents()
        .expectException(invalid("kind"));
  }

  @Test
  void cannotRecordAnOutcomeInTheFuture() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started())
        .when(
            new RecordOutcomeCommand(
                "r1", "o1", OutcomeKind.JOB_LEAD, null, NOW.plus(Duration.ofDays(2))),
            ada())
        .expectNoEvents()
        .expectException(invalid("at"));
  }

  @Test
  void cannotRecordAnOutcomeWithoutWhenItHappened() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(started())
        .when(new RecordOutcomeCommand("r1", "o1", OutcomeKind.JOB_LEAD, null, null), ada())
        .expectNoEvents()
        .expectException(invalid("at"));
  }
}
