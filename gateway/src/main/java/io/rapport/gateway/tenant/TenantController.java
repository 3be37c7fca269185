package io.rapport.gateway.tenant;

import io.rapport.command.api.tenant.OnboardTenantCommand;
import io.rapport.command.api.tenant.SetThankYouWindowCommand;
import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.http.Responses;
import io.rapport.gateway.identity.Organization;
import io.rapport.gateway.identity.Organizations;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.tenant.FetchTenantsQuery;
import io.rapport.query.api.tenant.FindTenantQuery;
import io.rapport.query.api.tenant.TenantList;
import io.rapport.query.api.tenant.TenantView;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Platform staff onboard tenants and set their policy. The list shows the tenants onboarded through
 * Rapport, and also the organizations set up in Keycloak directly (such as the demo tenants of the
 * realm file), marked {@code onboarded: false}, with the default policy.
 */
@RestController
@RequestMapping("/api/v1/tenants")
class TenantController {

  private final Dispatch dispatch;
  private final Organizations organizations;

  TenantController(Dispatch dispatch, Organizations organizations) {
    this.dispatch = dispatch;
    this.organizations = organizations;
  }

  record Onboarded(String tenantId) {}

  @GetMapping
  Mono<TenantList> list(@AuthenticationPrincipal Caller caller) {
    return Mono.zip(
            dispatch.query(caller, new FetchTenantsQuery(), TenantList.class),
            Mono.fromCallable(organizations::list).subscribeOn(Schedulers.boundedElastic()))
        .map(both -> withOrganizations(both.getT1(), both.getT2()));
  }

  @GetMapping("/{tenantId}")
  Mono<TenantView> find(@AuthenticationPrincipal Caller caller, @PathVariable String tenantId) {
    return dispatch
        .query(caller, new FindTenantQuery(tenantId), TenantView.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }

  @PostMapping
  Mono<ResponseEntity<Onboarded>> onboard(
      @AuthenticationPrincipal Caller caller,
      @Valid @RequestBody TenantRequests.Onboarding request) {
    return dispatch
        .<String>command(
            caller,
            new OnboardTenantCommand(
                request.tenantId(),
                request.name(),
                request.kind(),
                request.thankYouWindowHours(),
                request.domain()))
        // onboarding calls Keycloak: keep that wait off the event loop
        .subscribeOn(Schedulers.boundedElastic())
        .map(
            id ->
                ResponseEntity.created(URI.create("/api/v1/tenants/" + id))
                    .body(new Onboarded(id)));
  }

  @PutMapping("/{tenantId}/thank-you-window")
  Mono<ResponseEntity<Void>> setThankYouWindow(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String tenantId,
      @Valid @RequestBody TenantRequests.ThankYouWindow request) {
    return Responses.noContent(
        dispatch.command(caller, new SetThankYouWindowCommand(tenantId, request.hours())));
  }

  /** The onboarded tenants and the organizations never onboarded, by id. */
  static TenantList withOrganizations(TenantList onboarded, List<Organization> organizations) {
    Set<String> known =
        onboarded.items().stream().map(TenantView::tenantId).collect(Collectors.toSet());
    List<TenantView> items = new ArrayList<>(onboarded.items());
    organizations.stream()
        .filter(organization -> !known.contains(organization.alias()))
        .map(
            organization ->
                new TenantView(
                    organization.alias(),
                    organization.name(),
                    organization.kind(),
                    organization.domain(),
                    onboarded.defaultThankYouWindowHours(),
                    null,
                    false))
        .forEach(items::add);
    items.sort(Comparator.comparing(TenantView::tenantId));
    return new TenantList(List.copyOf(items), onboarded.defaultThankYouWindowHours());
  }
}
