package io.rapport.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * Verifies a token once: a client sends the same access token with every request until it expires,
 * so the caller a token was verified as (signature against the realm's keys, issuer, audience,
 * subject, times) is remembered by the token's exact text, signature included. A later request with
 * the same text checks only what can change for the same bytes, the time: it is let in while the
 * token is within its expiry and not-before (with the same skew as the full check). A token is
 * remembered at most {@code keep} after its verification, and never beyond its expiry, so a key the
 * realm revokes stops letting remembered tokens in as it did before they were remembered (within
 * the keys' maximum age and {@code keep}); a token no longer valid goes back to the full
 * verification, which refuses it with the precise error. Different bytes, even of the same user,
 * are verified on their own.
 */
final class RememberedCallers implements ReactiveAuthenticationManager {

  /** A verified caller and the times their token is valid between. */
  private record Verified(Authentication caller, Instant notBefore, Instant expiresAt) {}

  private final ReactiveAuthenticationManager verification;
  private final Clock clock;
  private final Duration skew;
  private final Duration keep;
  private final Cache<String, Verified> verified;

  RememberedCallers(
      ReactiveAuthenticationManager verification,
      Clock clock,
      Ticker ticker,
      Duration skew,
      int capacity,
      Duration keep) {
    this.verification = verification;
    this.clock = clock;
    this.skew = skew;
    this.keep = keep;
    this.verified =
        Caffeine.newBuilder()
            .maximumSize(capacity)
            .ticker(ticker)
            .expireAfter(Expiry.creating((String token, Verified caller) -> keptFor(caller)))
            .build();
  }

  @Override
  public Mono<Authentication> authenticate(Authentication authentication) {
    if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
      return verification.authenticate(authentication);
    }
    String token = bearer.getToken();
    Verified known = verified.getIfPresent(token);
    if (known != null) {
      if (validAt(known, clock.instant())) {
        return Mono.just(known.caller());
      }
      verified.invalidate(token);
    }
    return verification.authenticate(bearer).doOnNext(caller -> remember(token, caller));
  }

  /** How many tokens are remembered now, for tests. */
  long remembered() {
    verified.cleanUp();
    return verified.estimatedSize();
  }

  private void remember(String token, Authentication caller) {
    if (caller.getCredentials() instanceof Jwt jwt
        && token.equals(jwt.getTokenValue())
        && jwt.getExpiresAt() != null) {
      Instant notBefore = jwt.getNotBefore() != null ? jwt.getNotBefore() : Instant.MIN;
      verified.put(token, new Verified(caller, notBefore, jwt.getExpiresAt()));
    }
  }

  /** As {@code JwtTimestampValidator} judges it, with the same skew. */
  private boolean validAt(Verified caller, Instant now) {
    return !now.minus(skew).isAfter(caller.expiresAt())
        && !now.plus(skew).isBefore(caller.notBefore());
  }

  private Duration keptFor(Verified caller) {
    Duration untilExpiry = Duration.between(clock.instant(), caller.expiresAt().plus(skew));
    if (untilExpiry.isNegative()) {
      return Duration.ZERO;
    }
    return untilExpiry.compareTo(keep) < 0 ? untilExpiry : keep;
  }
}
