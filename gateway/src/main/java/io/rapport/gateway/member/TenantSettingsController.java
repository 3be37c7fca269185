package io.rapport.gateway.member;

import io.rapport.command.api.nudge.NudgePolicy;
import io.rapport.command.api.tenant.ChangeTenantSettingsCommand;
import io.rapport.gateway.http.Responses;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.member.FetchTenantSettingsQuery;
import io.rapport.query.api.member.TenantSettingsView;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's tenant's own policies, for its tenant-admins; each change is an event. */
@RestController
class TenantSettingsController {

  private final Dispatch dispatch;

  TenantSettingsController(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  @GetMapping("/api/v1/tenant/settings")
  Mono<TenantSettingsView> settings(@AuthenticationPrincipal Caller caller) {
    return dispatch.query(caller, new FetchTenantSettingsQuery(), TenantSettingsView.class);
  }

  @PutMapping("/api/v1/tenant/settings")
  Mono<ResponseEntity<Void>> change(
      @AuthenticationPrincipal Caller caller, @Valid @RequestBody MemberRequests.Settings request) {
    return Responses.noContent(
        dispatch.command(
            caller,
            new ChangeTenantSettingsCommand(
                caller.tenantId(),
                request.thankYouWindowHours(),
                request.defaultCadenceDays(),
                request.nudges() == null
                    ? null
                    : new NudgePolicy(
                        request.nudges().rules(),
                        request.nudges().prepareHoursBefore(),
                        request.nudges().thankYouDueHoursBefore(),
                        request.nudges().connectionFollowUpDays()))));
  }
}
