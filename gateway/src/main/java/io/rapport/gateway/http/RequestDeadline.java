package io.rapport.gateway.http;

import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * No API request hangs: one still unanswered after {@link
 * RequestDeadlineProperties#requestTimeout()} (a part Rapport runs on stalled) is answered 503 with
 * {@code Retry-After}. A command may still complete after that answer; repeating it with the same
 * {@code Idempotency-Key} is safe either way. Live streams and streamed exports are left alone.
 */
@Component
@Order(5)
class RequestDeadline implements WebFilter {

  private static final Logger log = LoggerFactory.getLogger(RequestDeadline.class);

  private final RequestDeadlineProperties properties;
  private final ProblemWriter problems;

  RequestDeadline(RequestDeadlineProperties properties, ProblemWriter problems) {
    this.properties = properties;
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!bounded(exchange)) {
      return chain.filter(exchange);
    }
    return chain
        .filter(exchange)
        .timeout(properties.requestTimeout())
        .onErrorResume(TimeoutException.class, timeout -> late(exchange));
  }

  private Mono<Void> late(ServerWebExchange exchange) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.empty();
    }
    log.warn(
        "Request {} {} not answered within {}; answered 503",
        exchange.getRequest().getMethod(),
        exchange.getRequest().getPath(),
        properties.requestTimeout());
    exchange.getResponse().getHeaders().set("Retry-After", "5");
    return problems.write(
        exchange,
        HttpStatus.SERVICE_UNAVAILABLE,
        "service-unavailable",
        "Rapport could not answer in time; a part it runs on is slow or unreachable. Try again in a"
            + " few seconds (with the same Idempotency-Key, if you sent one).");
  }

  private static boolean bounded(ServerWebExchange exchange) {
    String path = exchange.getRequest().getPath().value();
    boolean streaming =
        path.endsWith("/stream")
            || path.endsWith("/export")
            || exchange.getRequest().getHeaders().getAccept().contains(MediaType.TEXT_EVENT_STREAM);
    return path.startsWith("/api/") && !streaming;
  }
}
