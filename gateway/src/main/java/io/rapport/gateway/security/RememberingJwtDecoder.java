package io.rapport.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Verifies a token's signature once: a client sends the same access token with every request until
 * it expires, so a token whose signature has been verified is remembered (by its exact text,
 * signature included) and only its claims are checked again on later requests — expiry, issuer,
 * audience. A remembered token that no longer passes them goes back to the full decoder, which
 * answers with the precise error.
 */
final class RememberingJwtDecoder implements ReactiveJwtDecoder {

  private final ReactiveJwtDecoder decoder;
  private final OAuth2TokenValidator<Jwt> claims;
  private final Cache<String, Jwt> verified;

  RememberingJwtDecoder(
      ReactiveJwtDecoder decoder, OAuth2TokenValidator<Jwt> claims, int capacity, Duration keep) {
    this.decoder = decoder;
    this.claims = claims;
    this.verified = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(keep).build();
  }

  @Override
  public Mono<Jwt> decode(String token) {
    Jwt known = verified.getIfPresent(token);
    if (known != null && !claims.validate(known).hasErrors()) {
      return Mono.just(known);
    }
    if (known != null) {
      verified.invalidate(token);
    }
    return decoder.decode(token).doOnNext(jwt -> verified.put(token, jwt));
  }
}
