package io.rapport.gateway.member;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.rapport.gateway.http.ProblemWriter;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.member.FindMemberQuery;
import io.rapport.query.api.member.MemberView;
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
 * A member deactivated by their tenant-admin is turned away with 401, even with a token issued
 * before: whether a member is deactivated is read from the read model (where every node's
 * deactivations arrive) and remembered for {@link #REMEMBERED_FOR}, so a token stops working within
 * that and the projection's lag; at once on the node that handled the deactivation. The identity
 * provider refuses them a new token from the start. Should the read store be away, the caller is
 * let through to the request, which then answers whatever the outage makes of it.
 */
@Component
@Order(-2)
class DeactivatedAccounts implements WebFilter {

  static final Duration REMEMBERED_FOR = Duration.ofSeconds(30);

  private final Dispatch dispatch;
  private final ProblemWriter problems;
  private final Cache<String, Boolean> deactivated =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(REMEMBERED_FOR).build();

  DeactivatedAccounts(Dispatch dispatch, ProblemWriter problems) {
    this.dispatch = dispatch;
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
      return chain.filter(exchange);
    }
    return ReactiveSecurityContextHolder.getContext()
        .mapNotNull(context -> context.getAuthentication())
        .mapNotNull(auth -> auth.getPrincipal() instanceof Caller caller ? caller : null)
        .filter(Caller::hasTenant)
        .flatMap(this::isDeactivated)
        .defaultIfEmpty(false)
        .flatMap(refused -> refused ? refuse(exchange) : chain.filter(exchange));
  }

  /** This node deactivated or reactivated the member: known at once, without waiting. */
  void told(String tenantId, String userId, boolean isDeactivated) {
    deactivated.put(tenantId + "|" + userId, isDeactivated);
  }

  private Mono<Boolean> isDeactivated(Caller caller) {
    String key = caller.tenantId() + "|" + caller.userId();
    Boolean known = deactivated.getIfPresent(key);
    if (known != null) {
      return Mono.just(known);
    }
    return dispatch
        .query(caller, new FindMemberQuery(caller.userId()), MemberView.class)
        .map(member -> "DEACTIVATED".equals(member.status()))
        .defaultIfEmpty(false)
        .doOnNext(answer -> deactivated.put(key, answer))
        .onErrorReturn(false);
  }

  private Mono<Void> refuse(ServerWebExchange exchange) {
    exchange
        .getResponse()
        .getHeaders()
        .set(
            "WWW-Authenticate",
            "Bearer error=\"invalid_token\", error_description=\"deactivated\"");
    return problems.write(
        exchange,
        HttpStatus.UNAUTHORIZED,
        "account-deactivated",
        "Your account in this organization is deactivated; ask its administrators.");
  }
}
