package io.rapport.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Told of every denied attempt: no or an invalid token (401), a role that does not allow the call
 * (403), and an existing resource of someone else (404), with who tried (when known), what and
 * when.
 */
public interface DeniedAccess {

  /**
   * Records a denied attempt; never fails the response it accompanies.
   *
   * @param caller who tried, or null when the token was missing or invalid
   * @param resource what was asked for, e.g. {@code chat 6f1c…}, or the path
   */
  Mono<Void> record(ServerWebExchange exchange, HttpStatus status, Caller caller, String resource);
}
