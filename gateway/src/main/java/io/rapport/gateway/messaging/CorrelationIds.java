package io.rapport.gateway.messaging;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id: the caller's {@code X-Correlation-Id} when it is a sensible
 * token, a new UUID otherwise. It is echoed in the response and stamped on every message.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIds implements WebFilter {

  /** The request and response header. */
  public static final String HEADER = "X-Correlation-Id";

  private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final String KEY = CorrelationIds.class.getName();

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String given = exchange.getRequest().getHeaders().getFirst(HEADER);
    String id =
        given != null && SENSIBLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    exchange.getResponse().getHeaders().set(HEADER, id);
    return chain.filter(exchange).contextWrite(context -> context.put(KEY, id));
  }

  /** The correlation id in the given context (a new one outside a request). */
  static String of(reactor.util.context.ContextView context) {
    return context.getOrDefault(KEY, UUID.randomUUID().toString());
  }

  /** The current request's correlation id (a new one outside a request). */
  static Mono<String> current() {
    return Mono.deferContextual(
        context -> Mono.just(context.getOrDefault(KEY, UUID.randomUUID().toString())));
  }
}
