package io.rapport.gateway.privacy;

import io.rapport.command.api.coaching.StudentRecordId;
import io.rapport.command.api.privacy.EraseContactPersonalDataCommand;
import io.rapport.command.api.privacy.EraseStudentPersonalDataCommand;
import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.http.Paging;
import io.rapport.gateway.http.Responses;
import io.rapport.gateway.identity.TenantMembers;
import io.rapport.gateway.messaging.Disclosures;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.privacy.ExportStudentQuery;
import io.rapport.query.api.privacy.ExportedEvent;
import io.rapport.query.api.privacy.FetchDisclosuresQuery;
import io.rapport.query.api.timeline.TimelinePage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Erasing a person's personal data (crypto-shredding): a relationship's contact, or a student. */
@RestController
class PrivacyController {

  private final Dispatch dispatch;
  private final TenantMembers members;
  private final Disclosures disclosures;

  PrivacyController(Dispatch dispatch, TenantMembers members, Disclosures disclosures) {
    this.dispatch = dispatch;
    this.members = members;
    this.disclosures = disclosures;
  }

  /** Everything held about the student, event by event, as a JSON array. */
  @GetMapping(
      value = "/api/v1/students/{studentId}/export",
      produces = MediaType.APPLICATION_JSON_VALUE)
  Flux<ExportedEvent> export(
      @AuthenticationPrincipal Caller caller, @PathVariable String studentId) {
    return dispatch.stream(caller, new ExportStudentQuery(studentId), ExportedEvent.class)
        .concatWith(disclosures.record(caller, studentId, "export").then(Mono.empty()));
  }

  /** Who else read the student's timeline, agenda or export, newest first. */
  @GetMapping("/api/v1/students/{studentId}/disclosures")
  Mono<TimelinePage> disclosures(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String studentId,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return dispatch
        .query(
            caller,
            new FetchDisclosuresQuery(studentId, cursor, Paging.limit(limit)),
            TimelinePage.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }

  @DeleteMapping("/api/v1/relationships/{id}/contact/personal-data")
  Mono<ResponseEntity<Void>> eraseContact(
      @AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return Responses.noContent(dispatch.command(caller, new EraseContactPersonalDataCommand(id)));
  }

  @DeleteMapping("/api/v1/students/{studentId}/personal-data")
  Mono<ResponseEntity<Void>> eraseStudent(
      @AuthenticationPrincipal Caller caller, @PathVariable String studentId) {
    return Responses.noContent(
        members
            .rolesOf(caller.tenantId(), studentId)
            .filter(roles -> roles.contains(Caller.STUDENT))
            .switchIfEmpty(Mono.error(new NotFoundException()))
            .then(
                dispatch.command(
                    caller,
                    new EraseStudentPersonalDataCommand(
                        new StudentRecordId(caller.tenantId(), studentId).value(), studentId))));
  }
}
