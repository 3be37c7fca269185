package io.rapport.command.app.coaching;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.calendar.CalendarTokenIssuedEvent;
import io.rapport.command.api.calendar.CalendarTokenRevokedEvent;
import io.rapport.command.api.calendar.IssueCalendarTokenCommand;
import io.rapport.command.api.calendar.RevokeCalendarTokenCommand;
import io.rapport.command.api.coaching.AddCoachNoteCommand;
import io.rapport.command.api.coaching.AssignCoachCommand;
import io.rapport.command.api.coaching.CoachAssignedEvent;
import io.rapport.command.api.coaching.CoachNoteAddedEvent;
import io.rapport.command.api.coaching.EnrolStudentCommand;
import io.rapport.command.api.coaching.StudentEnrolledEvent;
import io.rapport.command.api.privacy.StudentPersonalDataErasedEvent;
import io.rapport.command.app.shared.Owner;
import io.rapport.command.app.shared.Refusals;
import java.util.Collection;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A student's record in one tenant: their cohort, their coach, and the notes left for them. The
 * record exists from the first enrolment or coach assignment.
 */
@Aggregate
public class StudentRecord {

  static final int LONGEST_COHORT = 100;
  static final int LONGEST_NOTE = 5000;

  @AggregateIdentifier private String recordId;
  private String tenantId;
  private String cohort;
  private String coachId;

  StudentRecord() {
    // for Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(EnrolStudentCommand command, MetaData metaData) {
    ensureTenant(metaData);
    String wanted = command.cohort() == null ? "" : command.cohort().strip();
    if (wanted.isEmpty() || wanted.length() > LONGEST_COHORT) {
      throw Refusals.invalid("cohort", "A cohort has a name of 1 to 100 characters.");
    }
    if (!wanted.equals(cohort)) {
      apply(new StudentEnrolledEvent(command.studentId(), wanted));
    }
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(AssignCoachCommand command, MetaData metaData) {
    ensureTenant(metaData);
    if (command.coachId() == null || command.coachId().isBlank()) {
      throw Refusals.invalid("coachId", "Name the coach to assign.");
    }
    if (command.coachId().equals(command.studentId())) {
      throw Refusals.invalid("coachId", "A student cannot coach themselves.");
    }
    if (!command.coachId().equals(coachId)) {
      apply(new CoachAssignedEvent(command.studentId(), command.coachId(), coachId));
    }
  }

  /**
   * Whether enrolling the student in the cohort or assigning the coach (null: not asked) would
   * change this record.
   */
  public boolean differsFrom(String wantedCohort, String wantedCoachId) {
    return (wantedCohort != null && !wantedCohort.equals(cohort))
        || (wantedCoachId != null && !wantedCoachId.equals(coachId));
  }

  /** Notes go on the record of a student the tenant already enrolled or assigned a coach to. */
  @CommandHandler
  void handle(AddCoachNoteCommand command, MetaData metaData) {
    ensureTenant(metaData);
    String author = (String) metaData.get(Stamp.USER_ID.key());
    if (!isTenantAdmin(metaData) && !Objects.equals(author, coachId)) {
      throw Refusals.notVisible("student");
    }
    if (command.text() == null
        || command.text().isBlank()
        || command.text().length() > LONGEST_NOTE) {
      throw Refusals.invalid("text", "A note has 1 to 5000 characters.");
    }
    apply(new CoachNoteAddedEvent(command.studentId(), command.noteId(), author, command.text()));
  }

  /**
   * A tenant-admin erases the student's personal data; the caller deletes the student's keys in the
   * same transaction.
   */
  void erasePersonalData(String studentId, MetaData metaData) {
    ensureTenant(metaData);
    if (!isTenantAdmin(metaData)) {
      throw Refusals.notVisible("student");
    }
    apply(new StudentPersonalDataErasedEvent(studentId));
  }

  /** Only the student issues the token of their own calendar feed; answers the token. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  String handle(IssueCalendarTokenCommand command, MetaData metaData) {
    ensureActingStudent(command.studentId(), metaData);
    if (command.tokenHash() == null || command.tokenHash().isBlank()) {
      throw Refusals.invalid("tokenHash", "A token hash is needed.");
    }
    apply(new CalendarTokenIssuedEvent(command.studentId(), command.tokenHash()));
    return command.token();
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RevokeCalendarTokenCommand command, MetaData metaData) {
    ensureActingStudent(command.studentId(), metaData);
    apply(new CalendarTokenRevokedEvent(command.studentId()));
  }

  private void ensureActingStudent(String studentId, MetaData metaData) {
    ensureTenant(metaData);
    if (!Objects.equals(studentId, metaData.get(Stamp.USER_ID.key()))) {
      throw Refusals.notVisible("student");
    }
  }

  private void ensureTenant(MetaData metaData) {
    if (tenantId != null && !tenantId.equals(Owner.tenantOf(metaData))) {
      throw Refusals.notVisible("student");
    }
  }

  private static boolean isTenantAdmin(MetaData metaData) {
    return metaData.get(Stamp.ROLES.key()) instanceof Collection<?> roles
        && roles.contains("tenant-admin");
  }

  @EventSourcingHandler
  void on(StudentEnrolledEvent event, MetaData metaData) {
    own(event.studentId(), metaData);
    cohort = event.cohort();
  }

  @EventSourcingHandler
  void on(CoachAssignedEvent event, MetaData metaData) {
    own(event.studentId(), metaData);
    coachId = event.coachId();
  }

  @EventSourcingHandler
  void on(CoachNoteAddedEvent event, MetaData metaData) {
    own(event.studentId(), metaData);
  }

  @EventSourcingHandler
  void on(StudentPersonalDataErasedEvent event, MetaData metaData) {
    own(event.studentId(), metaData);
  }

  @EventSourcingHandler
  void on(CalendarTokenIssuedEvent event, MetaData metaData) {
    own(event.studentId(), metaData);
  }

  @EventSourcingHandler
  void on(CalendarTokenRevokedEvent event, MetaData metaData) {
    own(event.studentId(), metaData);
  }

  private void own(String studentId, MetaData metaData) {
    if (tenantId == null) {
      tenantId = Owner.tenantOf(metaData);
      recordId = tenantId + ":" + studentId;
    }
  }
}
