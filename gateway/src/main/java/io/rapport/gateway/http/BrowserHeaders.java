package io.rapport.gateway.http;

import io.rapport.gateway.security.IssuerEndpoint;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * What a browser is told not to do with Rapport's pages, which keep the user's tokens in session
 * storage: run no script but the app's own files (no inline script, no eval), connect only to the
 * API and the realm, be framed by no one, send no referrer. Spring Security adds {@code nosniff},
 * {@code X-Frame-Options} and no-cache. Swagger UI's own page styles itself inline, so its pages
 * may use inline styles, never scripts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BrowserHeaders implements WebFilter {

  static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

  private final String policy;
  private final String swaggerPolicy;

  BrowserHeaders(IssuerEndpoint issuer) {
    URI realm = URI.create(issuer.issuerUri());
    String realmOrigin = realm.getScheme() + "://" + realm.getAuthority();
    this.policy = policy(realmOrigin, "'self'");
    this.swaggerPolicy = policy(realmOrigin, "'self' 'unsafe-inline'");
  }

  private static String policy(String realmOrigin, String styles) {
    return String.join(
        "; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src " + styles,
        "img-src 'self' data:",
        "connect-src 'self' " + realmOrigin,
        "form-action 'self' " + realmOrigin,
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'");
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String path = exchange.getRequest().getPath().value();
    boolean swagger = path.startsWith("/swagger-ui") || path.startsWith("/webjars/");
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              HttpHeaders headers = exchange.getResponse().getHeaders();
              headers.set(CONTENT_SECURITY_POLICY, swagger ? swaggerPolicy : policy);
              headers.set("Referrer-Policy", "no-referrer");
              return Mono.empty();
            });
    return chain.filter(exchange);
  }
}
