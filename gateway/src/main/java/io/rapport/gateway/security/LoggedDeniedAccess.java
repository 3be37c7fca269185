package io.rapport.gateway.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Logs denied attempts; the fallback while nothing better records them. */
class LoggedDeniedAccess implements DeniedAccess {

  private static final Logger log = LoggerFactory.getLogger(LoggedDeniedAccess.class);

  @Override
  public Mono<Void> record(
      ServerWebExchange exchange, HttpStatus status, Caller caller, String resource) {
    log.info(
        "Denied {} {} {} to {}",
        status.value(),
        exchange.getRequest().getMethod(),
        resource,
        caller == null ? "an unauthenticated caller" : caller.userId());
    return Mono.empty();
  }
}
