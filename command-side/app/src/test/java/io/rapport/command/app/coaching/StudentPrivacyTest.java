package io.rapport.command.app.coaching;

import static io.rapport.command.app.Fixtures.TENANT;
import static io.rapport.command.app.Fixtures.notFound;
import static io.rapport.command.app.coaching.StudentRecordTest.admin;
import static io.rapport.command.app.coaching.StudentRecordTest.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.calendar.CalendarTokenIssuedEvent;
import io.rapport.command.api.calendar.CalendarTokenRevokedEvent;
import io.rapport.command.api.calendar.IssueCalendarTokenCommand;
import io.rapport.command.api.calendar.RevokeCalendarTokenCommand;
import io.rapport.command.api.privacy.EraseStudentPersonalDataCommand;
import io.rapport.command.api.privacy.StudentPersonalDataErasedEvent;
import io.rapport.command.app.Fixtures;
import io.rapport.command.app.privacy.SubjectKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A tenant-admin erases a student; only the student holds the token of their calendar feed. */
class StudentPrivacyTest {

  private static final String RECORD = TENANT + ":ada";

  private final List<String> erasedOwners = new ArrayList<>();
  private AggregateTestFixture<StudentRecord> fixture;

  @BeforeEach
  void setUp() {
    fixture = Fixtures.fixture(StudentRecord.class);
    fixture.registerAnnotatedCommandHandler(
        new StudentErasureHandler(
            fixture.getRepository(),
            new SubjectKeys(new JdbcTemplate(), Duration.ZERO) {
              @Override
              public void eraseOwner(String ownerId) {
                erasedOwners.add(ownerId);
              }
            }));
  }

  @Test
  void canEraseAStudentAsTheTenantAdmin() {
    fixture
        .givenNoPriorActivity()
        .when(new EraseStudentPersonalDataCommand(RECORD, "ada"), admin())
        .expectEvents(new StudentPersonalDataErasedEvent("ada"));
    assertThat(erasedOwners).containsExactly("ada");
  }

  @Test
  void cannotEraseAStudentAsACoach() {
    fixture
        .givenNoPriorActivity()
        .when(new EraseStudentPersonalDataCommand(RECORD, "ada"), as(TENANT, "carla", "coach"))
        .expectNoEvents()
        .expectException(notFound());
    assertThat(erasedOwners).isEmpty();
  }

  @Test
  void canIssueAndRevokeTheCalendarTokenAsTheStudent() {
    fixture
        .givenNoPriorActivity()
        .when(
            new IssueCalendarTokenCommand(RECORD, "ada", "abc", "the-token"),
            as(TENANT, "ada", "student"))
        .expectEvents(new CalendarTokenIssuedEvent("ada", "abc"))
        .expectResultMessagePayload("the-token");
    fixture
        .given(
            GenericEventMessage.asEventMessage(new CalendarTokenIssuedEvent("ada", "abc"))
                .andMetaData(as(TENANT, "ada", "student")))
        .when(new RevokeCalendarTokenCommand(RECORD, "ada"), as(TENANT, "ada", "student"))
        .expectEvents(new CalendarTokenRevokedEvent("ada"));
  }

  @Test
  void cannotIssueAnotherStudentsCalendarToken() {
    fixture
        .givenNoPriorActivity()
        .when(
            new IssueCalendarTokenCommand(RECORD, "ada", "abc", "the-token"),
            as(TENANT, "ben", "student"))
        .expectNoEvents()
        .expectException(notFound());
  }
}
