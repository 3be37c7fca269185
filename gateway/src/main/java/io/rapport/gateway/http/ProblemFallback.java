package io.rapport.gateway.http;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Problem details for what never reached a controller (an unknown path, a wrong method or media
 * type), and a last line of defence that never shows a stack trace.
 */
@Component
@Order(-2)
class ProblemFallback implements WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemFallback.class);

  private final ProblemWriter problems;

  ProblemFallback(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(failure);
    }
    if (failure instanceof ResponseStatusException status) {
      HttpStatus code = HttpStatus.valueOf(status.getStatusCode().value());
      return problems.write(
          exchange,
          code,
          code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          code.getReasonPhrase());
    }
    Optional<Outage> outage = Outage.of(failure);
    if (outage.isPresent()) {
      log.warn(
          "Request {} answered {}: the {} is unavailable ({})",
          exchange.getRequest().getPath(),
          outage.get().status().value(),
          outage.get().part(),
          failure.toString());
      exchange
          .getResponse()
          .getHeaders()
          .set("Retry-After", Integer.toString(outage.get().retryAfterSeconds()));
      return problems.write(
          exchange, outage.get().status(), outage.get().type(), outage.get().detail());
    }
    log.error("Request {} failed", exchange.getRequest().getPath(), failure);
    return problems.write(
        exchange,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal-error",
        "Something went wrong on our side.");
  }
}
