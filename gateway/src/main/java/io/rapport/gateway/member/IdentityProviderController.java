package io.rapport.gateway.member;

import io.rapport.command.api.tenant.IdentityProviderKind;
import io.rapport.command.api.tenant.IdentityProviderLink;
import io.rapport.command.api.tenant.LinkIdentityProviderCommand;
import io.rapport.command.api.tenant.UnlinkIdentityProviderCommand;
import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.http.Responses;
import io.rapport.gateway.identity.IdentityProviderLinks;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The institution's own identity provider, linked to the tenant by its tenant-admins: its secret
 * goes in, never out.
 */
@RestController
@RequestMapping("/api/v1/tenant/identity-provider")
class IdentityProviderController {

  /** What a tenant-admin links. */
  record Link(
      @NotNull IdentityProviderKind kind,
      @Size(max = 255) String issuer,
      @Size(max = 255) String metadataUrl,
      @NotNull @Size(min = 1, max = 255) String clientId,
      @Size(max = 255) String clientSecret,
      @NotNull @Size(min = 1, max = 10) List<@NotNull @Size(max = 253) String> emailDomains) {}

  private final Dispatch dispatch;
  private final IdentityProviderLinks links;

  IdentityProviderController(Dispatch dispatch, IdentityProviderLinks links) {
    this.dispatch = dispatch;
    this.links = links;
  }

  @GetMapping
  Mono<IdentityProviderLink> linked(@AuthenticationPrincipal Caller caller) {
    return Mono.fromCallable(() -> links.linked(caller.tenantId()))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }

  @PutMapping
  Mono<ResponseEntity<Void>> link(
      @AuthenticationPrincipal Caller caller, @Valid @RequestBody Link request) {
    return Responses.noContent(
        dispatch
            .command(
                caller,
                new LinkIdentityProviderCommand(
                    caller.tenantId(),
                    request.kind(),
                    request.issuer(),
                    request.metadataUrl(),
                    request.clientId(),
                    request.clientSecret(),
                    request.emailDomains()))
            .subscribeOn(Schedulers.boundedElastic()));
  }

  @DeleteMapping
  Mono<ResponseEntity<Void>> unlink(@AuthenticationPrincipal Caller caller) {
    return Responses.noContent(
        dispatch
            .command(caller, new UnlinkIdentityProviderCommand(caller.tenantId()))
            .subscribeOn(Schedulers.boundedElastic()));
  }
}
