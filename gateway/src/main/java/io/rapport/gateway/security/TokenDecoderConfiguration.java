package io.rapport.gateway.security;

import com.github.benmanes.caffeine.cache.Ticker;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;

/**
 * Validates the realm's RS256 tokens locally: the signing keys come from the realm's JWKS (see
 * {@link RealmKeys}: kept for a while, fetched again at a bounded rate); signature, issuer,
 * audience, expiry and not-before (with the stated skew), and the presence of an expiry and a
 * subject are checked on every request. RS256 only: {@code alg: none} and HMAC tokens are refused.
 * A token is verified once, and its caller remembered until it expires (see {@link
 * RememberedCallers}).
 */
@Configuration(proxyBeanMethods = false)
class TokenDecoderConfiguration {

  static final int REMEMBERED_TOKENS = 10_000;
  static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

  @Bean
  ReactiveJwtDecoder jwtDecoder(IssuerEndpoint issuer, SecurityProperties properties) {
    return decoder(
        new RealmKeys(URI.create(issuer.jwksUri()), properties.keys(), Clock.systemUTC()),
        issuer.issuerUri(),
        properties);
  }

  /** The decoder for tokens of the issuer signed with the given keys. */
  static ReactiveJwtDecoder decoder(RealmKeys keys, String issuer, SecurityProperties properties) {
    NimbusReactiveJwtDecoder decoder =
        NimbusReactiveJwtDecoder.withJwkSource(keys).jwsAlgorithm(SignatureAlgorithm.RS256).build();
    OAuth2TokenValidator<Jwt> claims =
        new DelegatingOAuth2TokenValidator<>(
            List.of(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, exp -> exp != null),
                new JwtClaimValidator<String>(
                    JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank()),
                audience(properties.audience())));
    decoder.setJwtValidator(claims);
    return decoder;
  }

  /**
   * Who a request's bearer token says is calling: the token verified by the decoder once, then
   * remembered (at most {@value #REMEMBERED_TOKENS} tokens, each for at most {@link
   * #REMEMBERED_FOR} and never beyond its expiry).
   */
  static ReactiveAuthenticationManager callers(
      ReactiveJwtDecoder decoder, SecurityProperties properties) {
    JwtReactiveAuthenticationManager verification = new JwtReactiveAuthenticationManager(decoder);
    verification.setJwtAuthenticationConverter(new CallerConverter());
    return new RememberedCallers(
        verification,
        Clock.systemUTC(),
        Ticker.systemTicker(),
        properties.clockSkew(),
        REMEMBERED_TOKENS,
        REMEMBERED_FOR);
  }

  private static OAuth2TokenValidator<Jwt> audience(String audience) {
    OAuth2Error error =
        new OAuth2Error("invalid_token", "The token is not meant for " + audience, null);
    return jwt ->
        jwt.getAudience() != null && jwt.getAudience().contains(audience)
            ? OAuth2TokenValidatorResult.success()
            : OAuth2TokenValidatorResult.failure(error);
  }
}
