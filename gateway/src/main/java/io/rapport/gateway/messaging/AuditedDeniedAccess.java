package io.rapport.gateway.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rapport.command.api.audit.RecordDeniedAccessCommand;
import io.rapport.gateway.security.Caller;
import io.rapport.gateway.security.DeniedAccess;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Records every denied attempt in the caller's tenant's audit history, by a command sent in the
 * background: the denied response is neither held up nor failed by the recording, and needs neither
 * the event store nor anything else to be answered. At most {@value #MAX_PENDING} recordings are
 * pending at once (say, while the event store cannot be reached); beyond that they are dropped and
 * counted ({@code rapport.denied-access.dropped}). Attempts without a tenant (no valid token, or
 * platform staff) go to the history of the pseudo-tenant {@code _platform}, which no tenant-admin
 * can read.
 */
@Component
class AuditedDeniedAccess implements DeniedAccess {

  private static final Logger log = LoggerFactory.getLogger(AuditedDeniedAccess.class);

  /** Keeps a hostile path from filling the audit with one huge entry. */
  private static final int MAX_RESOURCE = 200;

  static final int MAX_PENDING = 64;

  private final Dispatch dispatch;
  private final Semaphore pending = new Semaphore(MAX_PENDING);
  private final Counter dropped;

  AuditedDeniedAccess(Dispatch dispatch, MeterRegistry meters) {
    this.dispatch = dispatch;
    this.dropped =
        Counter.builder("rapport.denied-access.dropped")
            .description("Denied attempts not recorded because too many were pending")
            .register(meters);
  }

  @Override
  public Mono<Void> record(
      ServerWebExchange exchange, HttpStatus status, Caller caller, String resource) {
    String method = exchange.getRequest().getMethod().name();
    log.info(
        "Denied {} {} {} to {}",
        status.value(),
        method,
        resource,
        caller == null ? "an unauthenticated caller" : caller.userId());
    if (!pending.tryAcquire()) {
      dropped.increment();
      return Mono.empty();
    }
    RecordDeniedAccessCommand command =
        new RecordDeniedAccessCommand(status.value(), method, bounded(resource), reason(status));
    return Mono.deferContextual(
        request -> {
          dispatch
              .sendQuietly(caller, RecordDeniedAccessCommand.PLATFORM_TENANT, command)
              .onErrorResume(
                  failure -> {
                    log.warn("Could not record a denied attempt: {}", failure.toString());
                    return Mono.empty();
                  })
              .doFinally(signal -> pending.release())
              .contextWrite(request)
              .subscribe();
          return Mono.empty();
        });
  }

  private static String reason(HttpStatus status) {
    return switch (status) {
      case UNAUTHORIZED -> "unauthenticated";
      case FORBIDDEN -> "forbidden";
      case NOT_FOUND -> "not-visible";
      default -> status.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String bounded(String resource) {
    if (resource == null) {
      return null;
    }
    return resource.length() > MAX_RESOURCE ? resource.substring(0, MAX_RESOURCE) + "…" : resource;
  }
}
