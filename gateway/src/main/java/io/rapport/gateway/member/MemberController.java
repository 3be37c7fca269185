package io.rapport.gateway.member;

import io.rapport.command.api.member.DeactivateMemberCommand;
import io.rapport.command.api.member.InviteMemberCommand;
import io.rapport.command.api.member.MemberProfile;
import io.rapport.command.api.member.ReactivateMemberCommand;
import io.rapport.gateway.http.InvalidQueryException;
import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.http.Paging;
import io.rapport.gateway.http.Responses;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.member.FetchMembersQuery;
import io.rapport.query.api.member.FindMemberQuery;
import io.rapport.query.api.member.MemberList;
import io.rapport.query.api.member.MemberView;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The tenant's members: list, invite, deactivate, reactivate (tenant-admins only). */
@RestController
@RequestMapping("/api/v1/members")
class MemberController {

  static final Set<String> ROLES = Set.of("STUDENT", "COACH", "TENANT_ADMIN");
  static final Set<String> STATUSES = Set.of("INVITED", "ACTIVE", "DEACTIVATED");

  private final Dispatch dispatch;
  private final DeactivatedAccounts accounts;

  MemberController(Dispatch dispatch, DeactivatedAccounts accounts) {
    this.dispatch = dispatch;
    this.accounts = accounts;
  }

  @GetMapping
  Mono<MemberList> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String role,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String cohort,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    if (role != null && !ROLES.contains(role)) {
      throw new InvalidQueryException("role", "must be STUDENT, COACH or TENANT_ADMIN");
    }
    if (status != null && !STATUSES.contains(status)) {
      throw new InvalidQueryException("status", "must be INVITED, ACTIVE or DEACTIVATED");
    }
    if (q != null && q.length() > 100) {
      throw new InvalidQueryException("q", "must have at most 100 characters");
    }
    return dispatch.query(
        caller,
        new FetchMembersQuery(role, status, cohort, q, cursor, Paging.limit(limit)),
        MemberList.class);
  }

  @GetMapping("/{userId}")
  Mono<MemberView> find(@AuthenticationPrincipal Caller caller, @PathVariable String userId) {
    return dispatch
        .query(caller, new FindMemberQuery(userId), MemberView.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }

  @PostMapping
  Mono<ResponseEntity<MemberRequests.Invited>> invite(
      @AuthenticationPrincipal Caller caller,
      @Valid @RequestBody MemberRequests.Invitation request) {
    return dispatch
        .<String>command(
            caller,
            new InviteMemberCommand(
                new MemberProfile(
                    request.email(),
                    request.firstName(),
                    request.lastName(),
                    request.role(),
                    request.cohort(),
                    request.coachEmail())))
        // the identity provider is called: keep that wait off the event loop
        .subscribeOn(Schedulers.boundedElastic())
        .map(
            userId ->
                ResponseEntity.created(URI.create("/api/v1/members/" + userId))
                    .body(new MemberRequests.Invited(userId, "INVITED")));
  }

  @PostMapping("/{userId}/deactivate")
  Mono<ResponseEntity<Void>> deactivate(
      @AuthenticationPrincipal Caller caller, @PathVariable String userId) {
    return Responses.noContent(
        dispatch
            .command(caller, new DeactivateMemberCommand(userId))
            .subscribeOn(Schedulers.boundedElastic())
            .doOnSuccess(done -> accounts.told(caller.tenantId(), userId, true)));
  }

  @PostMapping("/{userId}/reactivate")
  Mono<ResponseEntity<Void>> reactivate(
      @AuthenticationPrincipal Caller caller, @PathVariable String userId) {
    return Responses.noContent(
        dispatch
            .command(caller, new ReactivateMemberCommand(userId))
            .subscribeOn(Schedulers.boundedElastic())
            .doOnSuccess(done -> accounts.told(caller.tenantId(), userId, false)));
  }
}
