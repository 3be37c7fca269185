package io.rapport.gateway.audit;

import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.http.Paging;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.audit.AuditChainView;
import io.rapport.query.api.audit.AuditEntryView;
import io.rapport.query.api.audit.AuditPage;
import io.rapport.query.api.audit.FetchAuditHistoryQuery;
import io.rapport.query.api.audit.FetchAuditPageQuery;
import io.rapport.query.api.audit.VerifyAuditChainQuery;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An audit history and its check: the tenant's, for its tenant-admins, and the platform's (the
 * pseudo-tenant {@code _platform}), for platform staff; the security rules let no one else in, and
 * the read side picks the chain from the caller's token. A page with filters, the whole of it as
 * NDJSON, and a check of its hash chain and MACs.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

  private final Dispatch dispatch;

  AuditController(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  @GetMapping
  Mono<AuditPage> page(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String actorId,
      @RequestParam(required = false) String studentId,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return dispatch
        .query(
            caller,
            new FetchAuditPageQuery(
                blankAsNull(actorId),
                blankAsNull(studentId),
                blankAsNull(type),
                from,
                to,
                blankAsNull(cursor),
                Paging.limit(limit)),
            AuditPage.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }

  /** One JSON entry per line, oldest first, streamed as it is read: never all in memory. */
  @GetMapping(value = "/export", produces = MediaType.APPLICATION_NDJSON_VALUE)
  Flux<AuditEntryView> export(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to) {
    return dispatch.stream(caller, new FetchAuditHistoryQuery(from, to), AuditEntryView.class);
  }

  @GetMapping("/verify")
  Mono<AuditChainView> verify(@AuthenticationPrincipal Caller caller) {
    return dispatch
        .query(caller, new VerifyAuditChainQuery(), AuditChainView.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
