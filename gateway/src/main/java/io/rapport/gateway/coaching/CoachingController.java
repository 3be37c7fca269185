package io.rapport.gateway.coaching;

import io.rapport.command.api.coaching.AddCoachNoteCommand;
import io.rapport.command.api.coaching.AssignCoachCommand;
import io.rapport.command.api.coaching.EnrolStudentCommand;
import io.rapport.command.api.coaching.StudentRecordId;
import io.rapport.gateway.http.InvalidQueryException;
import io.rapport.gateway.http.NewIds;
import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.http.Responses;
import io.rapport.gateway.identity.TenantMembers;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.coaching.CaseloadView;
import io.rapport.query.api.coaching.FetchCaseloadQuery;
import io.rapport.query.api.coaching.FetchPeopleQuery;
import io.rapport.query.api.coaching.PeopleList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** People, cohorts, coach assignment, coach notes and a coach's caseload. */
@RestController
class CoachingController {

  private final Dispatch dispatch;
  private final TenantMembers members;

  CoachingController(Dispatch dispatch, TenantMembers members) {
    this.dispatch = dispatch;
    this.members = members;
  }

  record CoachAssignment(@NotBlank @Size(max = 100) String coachId) {}

  record CohortEnrolment(@NotBlank @Size(max = 100) String cohort) {}

  record CoachNote(@NotBlank @Size(max = 5000) String text) {}

  record NoteAdded(String noteId) {}

  @GetMapping("/api/v1/people")
  Mono<PeopleList> people(
      @AuthenticationPrincipal Caller caller, @RequestParam(required = false) String role) {
    if (role != null && !role.equals(Caller.STUDENT) && !role.equals(Caller.COACH)) {
      throw new InvalidQueryException("role", "must be student or coach");
    }
    return dispatch.query(caller, new FetchPeopleQuery(role), PeopleList.class);
  }

  @PutMapping("/api/v1/students/{studentId}/coach")
  Mono<ResponseEntity<Void>> assignCoach(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String studentId,
      @Valid @RequestBody CoachAssignment request) {
    return Responses.noContent(
        aStudentOf(caller, studentId)
            .then(members.rolesOf(caller.tenantId(), request.coachId()))
            .flatMap(
                roles ->
                    roles.contains(Caller.COACH)
                        ? dispatch.command(
                            caller,
                            new AssignCoachCommand(
                                record(caller, studentId), studentId, request.coachId()))
                        : Mono.error(
                            new InvalidQueryException(
                                "coachId", "is not a coach of this tenant"))));
  }

  @PutMapping("/api/v1/students/{studentId}/cohort")
  Mono<ResponseEntity<Void>> enrol(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String studentId,
      @Valid @RequestBody CohortEnrolment request) {
    return Responses.noContent(
        aStudentOf(caller, studentId)
            .then(
                dispatch.command(
                    caller,
                    new EnrolStudentCommand(
                        record(caller, studentId), studentId, request.cohort()))));
  }

  @PostMapping("/api/v1/students/{studentId}/coach-notes")
  Mono<ResponseEntity<NoteAdded>> addNote(
      @AuthenticationPrincipal Caller caller,
      NewIds ids,
      @PathVariable String studentId,
      @Valid @RequestBody CoachNote request) {
    String noteId = ids.next();
    return dispatch
        .command(
            caller,
            new AddCoachNoteCommand(record(caller, studentId), studentId, noteId, request.text()))
        .then(
            Mono.fromSupplier(
                () ->
                    ResponseEntity.created(
                            URI.create("/api/v1/students/" + studentId + "/timeline"))
                        .body(new NoteAdded(noteId))));
  }

  @GetMapping("/api/v1/coaches/me/caseload")
  Mono<CaseloadView> caseload(@AuthenticationPrincipal Caller caller) {
    return dispatch.query(caller, new FetchCaseloadQuery(), CaseloadView.class);
  }

  /**
   * Goes on when the id is a student of the caller's tenant; 404 otherwise, as for anything
   * unknown.
   */
  private Mono<Void> aStudentOf(Caller caller, String studentId) {
    return members
        .rolesOf(caller.tenantId(), studentId)
        .flatMap(
            roles ->
                roles.contains(Caller.STUDENT)
                    ? Mono.<Void>empty()
                    : Mono.error(new NotFoundException()));
  }

  private static String record(Caller caller, String studentId) {
    return new StudentRecordId(caller.tenantId(), studentId).value();
  }
}
