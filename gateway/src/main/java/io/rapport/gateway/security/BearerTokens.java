package io.rapport.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads the bearer token of a request as Spring Security's {@link
 * ServerBearerTokenAuthenticationConverter} does, with one character loop instead of its regular
 * expression over the whole header: a well-formed {@code Authorization: Bearer <token>} (the scheme
 * in any case, the token of the characters RFC 6750 allows, with trailing {@code =}) is taken as it
 * is. Everything else — no such header, another scheme, a malformed token, a second token in {@code
 * access_token} — is left to Spring Security's converter, so that what is refused and how stays
 * exactly its.
 */
final class BearerTokens implements ServerAuthenticationConverter {

  private static final String SCHEME = "Bearer ";

  private final ServerAuthenticationConverter spring =
      new ServerBearerTokenAuthenticationConverter();

  @Override
  public Mono<Authentication> convert(ServerWebExchange exchange) {
    String token = wellFormed(exchange.getRequest());
    return token != null
        ? Mono.just(new BearerTokenAuthenticationToken(token))
        : spring.convert(exchange);
  }

  /** The token of a plain, well-formed bearer header; null for anything else. */
  static String wellFormed(ServerHttpRequest request) {
    String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    if (header == null
        || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
        || request.getQueryParams().containsKey("access_token")) {
      return null;
    }
    int end = header.length();
    while (end > SCHEME.length() && header.charAt(end - 1) == '=') {
      end--;
    }
    if (end == SCHEME.length()) {
      return null;
    }
    for (int i = SCHEME.length(); i < end; i++) {
      if (!tokenCharacter(header.charAt(i))) {
        return null;
      }
    }
    return header.substring(SCHEME.length());
  }

  /** The characters of RFC 6750's {@code b64token} before its padding. */
  private static boolean tokenCharacter(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~'
        || c == '+'
        || c == '/';
  }
}
