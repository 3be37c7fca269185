package io.rapport.command.app.coaching;

import static io.rapport.command.app.Fixtures.TENANT;

import io.rapport.command.api.Refusal;
import io.rapport.command.api.Stamp;
import io.rapport.command.api.coaching.AddCoachNoteCommand;
import io.rapport.command.api.coaching.AssignCoachCommand;
import io.rapport.command.api.coaching.CoachAssignedEvent;
import io.rapport.command.api.coaching.CoachNoteAddedEvent;
import io.rapport.command.api.coaching.EnrolStudentCommand;
import io.rapport.command.api.coaching.StudentEnrolledEvent;
import io.rapport.command.app.Fixtures;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StudentRecordTest {

  static final String RECORD = TENANT + ":ada";

  private AggregateTestFixture<StudentRecord> fixture;

  @BeforeEach
  void setUp() {
    fixture = Fixtures.fixture(StudentRecord.class);
  }

  static MetaData as(String tenant, String user, String role) {
    return MetaData.from(
        Map.of(
            Stamp.TENANT_ID.key(),
            tenant,
            Stamp.USER_ID.key(),
            user,
            Stamp.ROLES.key(),
            List.of(role),
            Stamp.CORRELATION_ID.key(),
            "test"));
  }

  static MetaData admin() {
    return as(TENANT, "dan", "tenant-admin");
  }

  /** A past event of the record, stamped with its tenant as the aggregates expect. */
  static Object inTenant(Object event) {
    return org.axonframework.eventhandling.GenericEventMessage.asEventMessage(event)
        .andMetaData(Fixtures.stamp(TENANT, "dan"));
  }

  @Test
  void canEnrolAStudentInACohort() {
    fixture
        .givenNoPriorActivity()
        .when(new EnrolStudentCommand(RECORD, "ada", " 2027-spring "), admin())
        .expectEvents(new StudentEnrolledEvent("ada", "2027-spring"));
  }

  @Test
  void enrollingInTheSameCohortAgainChangesNothing() {
    fixture
        .given(inTenant(new StudentEnrolledEvent("ada", "2027-spring")))
        .when(new EnrolStudentCommand(RECORD, "ada", "2027-spring"), admin())
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void cannotEnrolInACohortWithoutAName() {
    fixture
        .givenNoPriorActivity()
        .when(new EnrolStudentCommand(RECORD, "ada", " "), admin())
        .expectNoEvents()
        .expectException(Fixtures.invalid("cohort"));
  }

  @Test
  void canAssignAndReassignACoach() {
    fixture
        .givenNoPriorActivity()
        .when(new AssignCoachCommand(RECORD, "ada", "carla"), admin())
        .expectEvents(new CoachAssignedEvent("ada", "carla", null));
    setUp();
    fixture
        .given(inTenant(new CoachAssignedEvent("ada", "carla", null)))
        .when(new AssignCoachCommand(RECORD, "ada", "nick"), admin())
        .expectEvents(new CoachAssignedEvent("ada", "nick", "carla"));
  }

  @Test
  void cannotAssignAStudentAsTheirOwnCoach() {
    fixture
        .givenNoPriorActivity()
        .when(new AssignCoachCommand(RECORD, "ada", "ada"), admin())
        .expectNoEvents()
        .expectException(Fixtures.invalid("coachId"));
  }

  @Test
  void theAssignedCoachCanLeaveANote() {
    fixture
        .given(inTenant(new CoachAssignedEvent("ada", "carla", null)))
        .when(
            new AddCoachNoteCommand(RECORD, "ada", "n1", "Well prepared"),
            as(TENANT, "carla", "coach"))
        .expectEvents(new CoachNoteAddedEvent("ada", "n1", "carla", "Well prepared"));
  }

  @Test
  void aTenantAdminCanLeaveANote() {
    fixture
        .given(inTenant(new StudentEnrolledEvent("ada", "2027-spring")))
        .when(new AddCoachNoteCommand(RECORD, "ada", "n1", "Welcome"), admin())
        .expectEvents(new CoachNoteAddedEvent("ada", "n1", "dan", "Welcome"));
  }

  @Test
  void anotherCoachCannotLeaveANote() {
    fixture
        .given(inTenant(new CoachAssignedEvent("ada", "carla", null)))
        .when(new AddCoachNoteCommand(RECORD, "ada", "n1", "Hi"), as(TENANT, "nick", "coach"))
        .expectNoEvents()
        .expectException(Fixtures.refusal(Refusal.Kind.NOT_FOUND, Refusal.NOT_VISIBLE));
  }

  @Test
  void cannotLeaveANoteOnAStudentTheTenantNeverEnrolled() {
    fixture
        .givenNoPriorActivity()
        .when(new AddCoachNoteCommand(RECORD, "ada", "n1", "Hi"), admin())
        .expectNoEvents()
        .expectException(AggregateNotFoundException.class);
  }

  @Test
  void cannotLeaveAnEmptyNote() {
    fixture
        .given(inTenant(new CoachAssignedEvent("ada", "carla", null)))
        .when(new AddCoachNoteCommand(RECORD, "ada", "n1", ""), as(TENANT, "carla", "coach"))
        .expectNoEvents()
        .expectException(Fixtures.invalid("text"));
  }

  @Test
  void anotherTenantCannotTouchTheRecord() {
    fixture
        .given(inTenant(new CoachAssignedEvent("ada", "carla", null)))
        .when(
            new AssignCoachCommand(RECORD, "ada", "finn"),
            as(Fixtures.OTHER_TENANT, "gia", "tenant-admin"))
        .expectNoEvents()
        .expectException(Fixtures.refusal(Refusal.Kind.NOT_FOUND, Refusal.NOT_VISIBLE));
  }
}
