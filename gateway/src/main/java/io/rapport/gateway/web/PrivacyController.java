package io.rapport.gateway.web;

import io.rapport.command.api.coaching.StudentRecordId;
import io.rapport.command.api.privacy.EraseContactPersonalDataCommand;
import io.rapport.command.api.privacy.EraseStudentPersonalDataCommand;
import io.rapport.gateway.identity.TenantMembers;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Erasing a person's personal data (crypto-shredding): a relationship's contact, or a student. */
@RestController
class PrivacyController {

  private final Dispatch dispatch;
  private final TenantMembers members;

  PrivacyController(Dispatch dispatch, TenantMembers members) {
    this.dispatch = dispatch;
    this.members = members;
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
