package io.rapport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class RememberingJwtDecoderTest {

  private final AtomicInteger verifications = new AtomicInteger();
  private Instant now = Instant.parse("2026-11-25T10:00:00Z");
  private final Instant expiry = Instant.parse("2026-11-25T10:05:00Z");

  private final OAuth2TokenValidator<Jwt> notExpired =
      jwt ->
          now.isBefore(jwt.getExpiresAt())
              ? OAuth2TokenValidatorResult.success()
              : OAuth2TokenValidatorResult.failure(
                  new OAuth2Error("invalid_token", "expired", null));

  private final ReactiveJwtDecoder fullDecoder =
      token -> {
        verifications.incrementAndGet();
        Jwt jwt = jwt(token);
        return notExpired.validate(jwt).hasErrors()
            ? Mono.error(new BadJwtException("expired"))
            : Mono.just(jwt);
      };

  private final RememberingJwtDecoder decoder =
      new RememberingJwtDecoder(fullDecoder, notExpired, 100, Duration.ofMinutes(5));

  @Test
  void verifiesASignatureOnceAndRemembersTheToken() {
    Jwt first = decoder.decode("token-a").block();
    Jwt second = decoder.decode("token-a").block();

    assertThat(second).isSameAs(first);
    assertThat(verifications).hasValue(1);
  }

  @Test
  void verifiesEveryDifferentTokenItself() {
    decoder.decode("token-a").block();
    decoder.decode("token-b").block();

    assertThat(verifications).hasValue(2);
  }

  @Test
  void refusesARememberedTokenOnceItHasExpired() {
    decoder.decode("token-a").block();
    now = expiry.plusSeconds(1);

    assertThatThrownBy(() -> decoder.decode("token-a").block()).isInstanceOf(BadJwtException.class);
    assertThat(verifications).hasValue(2);
  }

  @Test
  void doesNotRememberATokenThatFailed() {
    now = expiry.plusSeconds(1);
    assertThatThrownBy(() -> decoder.decode("token-a").block()).isInstanceOf(BadJwtException.class);
    now = expiry.minusSeconds(60);

    decoder.decode("token-a").block();
    decoder.decode("token-a").block();
    assertThat(verifications).hasValue(2);
  }

  private Jwt jwt(String token) {
    return Jwt.withTokenValue(token)
        .header("alg", "RS256")
        .subject("ada")
        .issuedAt(expiry.minus(Duration.ofMinutes(15)))
        .expiresAt(expiry)
        .build();
  }
}
