package io.rapport.gateway.http;

import io.rapport.gateway.messaging.CommandContext;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.progress.FetchReadModelProgressQuery;
import io.rapport.query.api.progress.ReadModelProgressView;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Read-your-writes. A command's response carries {@code Rapport-Position}, the global index of the
 * last event its command appended. A GET given such a position (header, or {@code ?position=}) is
 * answered only once every read model has processed it; the wait polls the processors' progress on
 * a timer, never holding a thread, and ends after at most {@code maxWait} with 503.
 */
@Component
@Order(11)
class ReadYourWritesFilter implements WebFilter {

  /** The response header of commands, and the request header of queries. */
  static final String HEADER = "Rapport-Position";

  /** The query parameter that may stand for the header. */
  static final String PARAMETER = "position";

  private final Dispatch dispatch;
  private final ProblemWriter problems;
  private final ReadYourWritesProperties properties;

  ReadYourWritesFilter(
      Dispatch dispatch, ProblemWriter problems, ReadYourWritesProperties properties) {
    this.dispatch = dispatch;
    this.problems = problems;
    this.properties = properties;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    AtomicLong reached = new AtomicLong();
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              if (reached.get() > 0) {
                exchange.getResponse().getHeaders().set(HEADER, Long.toString(reached.get()));
              }
              return Mono.empty();
            });
    Mono<Void> handled =
        chain
            .filter(exchange)
            .contextWrite(context -> CommandContext.withPosition(context, reached));
    String given = given(exchange);
    if (given == null || !HttpMethod.GET.equals(exchange.getRequest().getMethod())) {
      return handled;
    }
    long position = parse(given);
    if (position < 0) {
      return problems.write(
          exchange,
          HttpStatus.BAD_REQUEST,
          "invalid-input",
          "Rapport-Position must be a whole number of at least 0, as a command response gave it.");
    }
    if (position == 0) {
      return handled;
    }
    return caughtUp(exchange, position)
        .map(view -> view.beyondHead() ? Wait.BEYOND_HEAD : Wait.REACHED)
        .defaultIfEmpty(Wait.REACHED)
        .onErrorResume(TimeoutException.class, late -> Mono.just(Wait.LATE))
        .flatMap(
            wait ->
                switch (wait) {
                  case REACHED -> handled;
                  case LATE -> stillCatchingUp(exchange, position);
                  case BEYOND_HEAD ->
                      problems.write(
                          exchange,
                          HttpStatus.BAD_REQUEST,
                          "invalid-input",
                          "Rapport-Position "
                              + position
                              + " is beyond the last event: give a position a command response"
                              + " gave.");
                });
  }

  /** How a wait for the read models ended. */
  private enum Wait {
    REACHED,
    LATE,
    BEYOND_HEAD
  }

  private Mono<Void> stillCatchingUp(ServerWebExchange exchange, long position) {
    exchange
        .getResponse()
        .getHeaders()
        .set("Retry-After", Long.toString(Math.max(1, properties.maxWait().toSeconds())));
    return problems.write(
        exchange,
        HttpStatus.SERVICE_UNAVAILABLE,
        "still-catching-up",
        "The read models have not caught up with position "
            + position
            + " yet; try again shortly.");
  }

  /** The position given, or -1 when it is not a whole number. */
  static long parse(String given) {
    try {
      return Long.parseLong(given.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String given(ServerWebExchange exchange) {
    String header = exchange.getRequest().getHeaders().getFirst(HEADER);
    return header != null ? header : exchange.getRequest().getQueryParams().getFirst(PARAMETER);
  }

  /** Completes once every read model has processed the position; a timeout error after maxWait. */
  private Mono<ReadModelProgressView> caughtUp(ServerWebExchange exchange, long position) {
    return exchange
        .getPrincipal()
        .map(
            principal ->
                principal instanceof Authentication a && a.getPrincipal() instanceof Caller c
                    ? c
                    : null)
        .flatMap(
            caller ->
                Mono.defer(
                        () ->
                            dispatch.query(
                                caller,
                                new FetchReadModelProgressQuery(position),
                                ReadModelProgressView.class))
                    .filter(view -> view.caughtUp() || view.beyondHead())
                    .repeatWhenEmpty(attempts -> attempts.delayElements(properties.pollInterval())))
        .timeout(properties.maxWait());
  }
}
