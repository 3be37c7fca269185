package io.rapport.gateway.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rapport.gateway.security.Caller;
import java.time.Duration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Bounds the API requests of each tenant to {@code rapport.rate-limit.per-tenant} a second: beyond
 * that, 429 {@code /problems/rate-limited} with {@code Retry-After}, answered before anything else
 * is done for the request, so a tenant that floods Rapport spends little of what the others need.
 * Runs after authentication (the tenant is the token's) and before the filters that send commands.
 */
@Component
@Order(-1)
class TenantRateLimits implements WebFilter {

  private static final Duration PERIOD = Duration.ofSeconds(1);

  private final RateLimiterConfig config;
  private final ProblemWriter problems;
  private final Counter limited;
  private final Cache<String, RateLimiter> limiters =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

  TenantRateLimits(RateLimitProperties limits, ProblemWriter problems, MeterRegistry meters) {
    this.config =
        RateLimiterConfig.custom()
            .limitForPeriod(limits.perTenant())
            .limitRefreshPeriod(PERIOD)
            .timeoutDuration(Duration.ZERO)
            .build();
    this.problems = problems;
    this.limited =
        Counter.builder("rapport.rate-limited")
            .description("API requests refused because their tenant sent too many")
            .register(meters);
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
      return chain.filter(exchange);
    }
    return ReactiveSecurityContextHolder.getContext()
        .mapNotNull(context -> context.getAuthentication())
        .mapNotNull(auth -> auth.getPrincipal() instanceof Caller caller ? caller : null)
        .map(caller -> limiterOf(caller).acquirePermission())
        .defaultIfEmpty(true)
        .flatMap(allowed -> allowed ? chain.filter(exchange) : refuse(exchange));
  }

  private RateLimiter limiterOf(Caller caller) {
    String who = caller.hasTenant() ? "tenant|" + caller.tenantId() : "user|" + caller.userId();
    return limiters.get(who, key -> RateLimiter.of(key, config));
  }

  private Mono<Void> refuse(ServerWebExchange exchange) {
    limited.increment();
    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(PERIOD.toSeconds()));
    return problems.write(
        exchange,
        HttpStatus.TOO_MANY_REQUESTS,
        "rate-limited",
        "Your organization sent more requests than Rapport takes from one organization at once;"
            + " try again in a moment.");
  }
}
