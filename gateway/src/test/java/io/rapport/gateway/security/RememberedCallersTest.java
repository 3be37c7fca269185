package io.rapport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import reactor.core.publisher.Mono;

class RememberedCallersTest {

  private static final Duration SKEW = Duration.ofSeconds(30);
  private static final Duration KEEP = Duration.ofMinutes(5);

  private final AtomicInteger verifications = new AtomicInteger();
  private Instant now = Instant.parse("2026-11-25T10:00:00Z");
  private long nanos;
  private final Instant expiry = now.plus(Duration.ofMinutes(15));

  private final Map<String, Jwt> issued =
      Map.of(
          "token-ada", jwt("token-ada", "ada", "northfield-university", now.minusSeconds(5)),
          "token-ada-again", jwt("token-ada-again", "ada", "northfield-university", now),
          "token-eve", jwt("token-eve", "eve", "southside-bootcamp", now),
          "token-early", jwt("token-early", "ada", "northfield-university", now.plusSeconds(20)));

  /** The full check: signature (here: a token the realm issued) and its times. */
  private final ReactiveAuthenticationManager verification =
      authentication -> {
        verifications.incrementAndGet();
        Jwt jwt = issued.get(((BearerTokenAuthenticationToken) authentication).getToken());
        if (jwt == null
            || now.minus(SKEW).isAfter(jwt.getExpiresAt())
            || now.plus(SKEW).isBefore(jwt.getNotBefore())) {
          return Mono.error(new InvalidBearerTokenException("invalid"));
        }
        return new CallerConverter().convert(jwt).map(Authentication.class::cast);
      };

  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return now;
        }

        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }
      };

  private final Ticker ticker = () -> nanos;

  private final RememberedCallers callers =
      new RememberedCallers(verification, clock, ticker, SKEW, 100, KEEP);

  @Test
  void verifiesATokenOnceAndRemembersItsCaller() {
    Authentication first = authenticate("token-ada");
    Authentication second = authenticate("token-ada");

    assertThat(second).isSameAs(first);
    assertThat(verifications).hasValue(1);
  }

  @Test
  void verifiesEveryDifferentTokenItselfAndNeverMixesUpTheirCallers() {
    Caller ada = caller(authenticate("token-ada"));
    Caller eve = caller(authenticate("token-eve"));
    authenticate("token-ada-again");

    assertThat(caller(authenticate("token-eve")).tenantId()).isEqualTo("southside-bootcamp");
    assertThat(caller(authenticate("token-ada")).tenantId()).isEqualTo("northfield-university");
    assertThat(ada.userId()).isEqualTo("ada");
    assertThat(eve.userId()).isEqualTo("eve");
    assertThat(verifications).hasValue(3);
  }

  @Test
  void refusesARememberedTokenOnceItHasExpiredBeyondTheSkew() {
    authenticate("token-ada");
    advance(Duration.between(now, expiry).plus(SKEW));
    assertThat(caller(authenticate("token-ada")).userId()).isEqualTo("ada");

    advance(Duration.ofSeconds(1));

    assertThatThrownBy(() -> authenticate("token-ada"))
        .isInstanceOf(InvalidBearerTokenException.class);
  }

  @Test
  void forgetsATokenAtItsExpiry() {
    authenticate("token-ada");
    advanceTicker(Duration.between(now, expiry).plus(SKEW).plusSeconds(1));

    assertThat(callers.remembered()).isZero();
  }

  @Test
  void verifiesATokenAgainOnceItHasBeenRememberedForTheLongestItMayBe() {
    authenticate("token-ada");
    advance(KEEP.minusSeconds(1));
    authenticate("token-ada");
    assertThat(verifications).hasValue(1);

    advance(Duration.ofSeconds(2));
    authenticate("token-ada");

    assertThat(verifications).hasValue(2);
  }

  @Test
  void doesNotRememberATokenThatFailed() {
    assertThatThrownBy(() -> authenticate("token-forged"))
        .isInstanceOf(InvalidBearerTokenException.class);
    assertThatThrownBy(() -> authenticate("token-forged"))
        .isInstanceOf(InvalidBearerTokenException.class);

    assertThat(verifications).hasValue(2);
    assertThat(callers.remembered()).isZero();
  }

  @Test
  void remembersABoundedNumberOfTokens() {
    RememberedCallers few = new RememberedCallers(verification, clock, ticker, SKEW, 2, KEEP);
    for (String token : List.of("token-ada", "token-ada-again", "token-eve")) {
      few.authenticate(new BearerTokenAuthenticationToken(token)).block();
    }

    assertThat(few.remembered()).isLessThanOrEqualTo(2);
  }

  private Authentication authenticate(String token) {
    return callers.authenticate(new BearerTokenAuthenticationToken(token)).block();
  }

  private static Caller caller(Authentication authentication) {
    return (Caller) authentication.getPrincipal();
  }

  private void advance(Duration duration) {
    now = now.plus(duration);
    advanceTicker(duration);
  }

  private void advanceTicker(Duration duration) {
    nanos += duration.toNanos();
  }

  private Jwt jwt(String token, String subject, String organization, Instant notBefore) {
    return Jwt.withTokenValue(token)
        .header("alg", "RS256")
        .subject(subject)
        .claim("organization", List.of(organization))
        .claim("realm_access", Map.of("roles", List.of("student")))
        .issuedAt(notBefore)
        .notBefore(notBefore)
        .expiresAt(expiry)
        .build();
  }
}
