package io.rapport.gateway.http;

import io.rapport.gateway.security.Caller;
import io.rapport.gateway.security.DeniedAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * How the security rules' refusals are answered: each is recorded as a denied attempt, then
 * answered with problem details, 401 {@code unauthenticated} without a valid token and 403 {@code
 * forbidden} when the caller's role does not allow the call.
 */
@Component
class AccessRefusals implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

  private final ProblemWriter problems;
  private final DeniedAccess denied;

  AccessRefusals(ProblemWriter problems, DeniedAccess denied) {
    this.problems = problems;
    this.denied = denied;
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
    return denied
        .record(exchange, HttpStatus.UNAUTHORIZED, null, path(exchange))
        .then(
            problems.write(
                exchange,
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "A valid access token is required."));
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
    return exchange
        .getPrincipal()
        .mapNotNull(
            principal ->
                principal instanceof Authentication a && a.getPrincipal() instanceof Caller c
                    ? c
                    : null)
        .flatMap(caller -> denied.record(exchange, HttpStatus.FORBIDDEN, caller, path(exchange)))
        .then(
            problems.write(
                exchange, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this."));
  }

  private static String path(ServerWebExchange exchange) {
    return exchange.getRequest().getPath().value();
  }
}
