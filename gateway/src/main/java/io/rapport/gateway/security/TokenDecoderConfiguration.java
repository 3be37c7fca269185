package io.rapport.gateway.security;

import io.rapport.gateway.infrastructure.IssuerEndpoint;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Validates the realm's RS256 tokens locally: the signing keys come from the realm's JWKS, fetched
 * once and cached (fetched again only for a key id it has not seen); issuer, audience and expiry
 * are checked on every request. A token's signature is verified once (see {@link
 * RememberingJwtDecoder}).
 */
@Configuration(proxyBeanMethods = false)
class TokenDecoderConfiguration {

  @Bean
  ReactiveJwtDecoder jwtDecoder(IssuerEndpoint issuer, SecurityProperties properties) {
    NimbusReactiveJwtDecoder decoder =
        NimbusReactiveJwtDecoder.withJwkSetUri(issuer.jwksUri())
            .jwsAlgorithm(SignatureAlgorithm.RS256)
            .build();
    OAuth2TokenValidator<Jwt> claims =
        new DelegatingOAuth2TokenValidator<>(
            List.of(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(issuer.issuerUri()),
                audience(properties.audience())));
    decoder.setJwtValidator(claims);
    return new RememberingJwtDecoder(decoder, claims, 10_000, Duration.ofMinutes(5));
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
