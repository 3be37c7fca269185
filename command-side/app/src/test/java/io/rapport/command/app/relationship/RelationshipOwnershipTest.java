package io.rapport.command.app.relationship;

import static io.rapport.command.app.Fixtures.ADA;
import static io.rapport.command.app.Fixtures.BEN;
import static io.rapport.command.app.Fixtures.OTHER_TENANT;
import static io.rapport.command.app.Fixtures.TENANT;
import static io.rapport.command.app.Fixtures.ada;
import static io.rapport.command.app.Fixtures.notFound;
import static io.rapport.command.app.Fixtures.stamp;
import static io.rapport.command.app.relationship.ConnectionTest.requested;
import static io.rapport.command.app.relationship.RelationshipTest.NOW;
import static io.rapport.command.app.relationship.RelationshipTest.YESTERDAY;
import static io.rapport.command.app.relationship.RelationshipTest.started;

import io.rapport.command.api.relationship.AcceptConnectionCommand;
import io.rapport.command.api.relationship.ConnectionPlatform;
import io.rapport.command.api.relationship.LogTouchpointCommand;
import io.rapport.command.api.relationship.OfferReciprocityCommand;
import io.rapport.command.api.relationship.OutcomeKind;
import io.rapport.command.api.relationship.RecordOutcomeCommand;
import io.rapport.command.api.relationship.RequestConnectionCommand;
import io.rapport.command.api.relationship.SetCadenceCommand;
import io.rapport.command.api.relationship.TouchpointKind;
import io.rapport.command.app.Fixtures;
import java.util.stream.Stream;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Only the relationship's student acts on it: anyone else, in the same tenant or not, is told that
 * it does not exist. Each command is first shown to succeed for the student herself.
 */
class RelationshipOwnershipTest {

  static Stream<Object> commands() {
    return Stream.of(
        new RequestConnectionCommand("r1", ConnectionPlatform.LINKEDIN, "Thanks again!"),
        new AcceptConnectionCommand("r1", YESTERDAY),
        new OfferReciprocityCommand("r1", "Happy to test your app"),
        new LogTouchpointCommand("r1", "t1", TouchpointKind.CONGRATULATIONS, null, YESTERDAY),
        new SetCadenceCommand("r1", 30),
        new RecordOutcomeCommand("r1", "o1", OutcomeKind.INTRODUCTION, null, YESTERDAY));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void canSendEachCommandAsTheRelationshipsStudent(Object command) {
    Fixtures.fixture(Relationship.class)
        .givenCurrentTime(NOW)
        .andGiven(started(), requested())
        .when(command, ada())
        .expectSuccessfulHandlerExecution();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void cannotActOnAnotherStudentsRelationshipInTheSameTenant(Object command) {
    refusedAsNotFound(command, stamp(TENANT, BEN));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void cannotActOnARelationshipOfAnotherTenantUnderTheSameUserId(Object command) {
    refusedAsNotFound(command, stamp(OTHER_TENANT, ADA));
  }

  private static void refusedAsNotFound(Object command, MetaData stamp) {
    Fixtures.fixture(Relationship.class)
        .givenCurrentTime(NOW)
        .andGiven(started(), requested())
        .when(command, stamp)
        .expectNoEvents()
        .expectException(notFound());
  }
}
