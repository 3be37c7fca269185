package io.rapport.command.app.coaching;

import static io.rapport.command.app.Fixtures.TENANT;

import io.rapport.command.api.Refusal;
import io.rapport.command.api.coaching.PersonRegisteredEvent;
import io.rapport.command.api.coaching.RegisterPersonCommand;
import io.rapport.command.app.Fixtures;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonTest {

  private AggregateTestFixture<Person> fixture;

  @BeforeEach
  void setUp() {
    fixture = Fixtures.fixture(Person.class);
  }

  static RegisterPersonCommand ada(String name) {
    return new RegisterPersonCommand(
        "ada", "ada.student", name, "ada@x.example", List.of("student"));
  }

  /** A past event of the record, stamped with its tenant as the aggregates expect. */
  static Object inTenant(Object event) {
    return org.axonframework.eventhandling.GenericEventMessage.asEventMessage(event)
        .andMetaData(Fixtures.stamp(TENANT, "dan"));
  }

  @Test
  void canRegisterWhoSignedIn() {
    fixture
        .givenNoPriorActivity()
        .when(ada("Ada Lovelace"), Fixtures.ada())
        .expectEvents(
            new PersonRegisteredEvent(
                "ada", "ada.student", "Ada Lovelace", "ada@x.example", List.of("student")));
  }

  @Test
  void registeringTheSameDetailsAgainChangesNothing() {
    fixture
        .given(
            inTenant(
                new PersonRegisteredEvent(
                    "ada", "ada.student", "Ada Lovelace", "ada@x.example", List.of("student"))))
        .when(ada("Ada Lovelace"), Fixtures.ada())
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void changedDetailsAreRegistered() {
    fixture
        .given(
            inTenant(
                new PersonRegisteredEvent(
                    "ada", "ada.student", "Ada Lovelace", "ada@x.example", List.of("student"))))
        .when(ada("Ada King"), Fixtures.ada())
        .expectEvents(
            new PersonRegisteredEvent(
                "ada", "ada.student", "Ada King", "ada@x.example", List.of("student")));
  }

  @Test
  void cannotRegisterSomeoneElse() {
    fixture
        .givenNoPriorActivity()
        .when(ada("Ada Lovelace"), Fixtures.stamp(TENANT, "ben"))
        .expectNoEvents()
        .expectException(Fixtures.refusal(Refusal.Kind.NOT_FOUND, Refusal.NOT_VISIBLE));
  }
}
