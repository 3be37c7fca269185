package io.rapport.bench;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import reactor.core.publisher.Flux;

/**
 * P5: validating one access token as the gateway does — Spring Security's Nimbus decoder, RS256
 * (2048-bit, as Keycloak signs), timestamp, issuer and audience checks — with the signing keys
 * fetched once and cached. The fetch counter shows that no request fetches keys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenValidationBenchmark {

  static final String ISSUER = "http://localhost:8180/realms/rapport";

  private final AtomicInteger keyFetches = new AtomicInteger();
  private NimbusReactiveJwtDecoder decoder;
  private String token;

  @Setup
  public void setUp() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("realm-key").generate();
    List<JWK> published = List.of(key.toPublicJWK());
    Flux<JWK> cached =
        Flux.defer(
                () -> {
                  keyFetches.incrementAndGet();
                  return Flux.fromIterable(published);
                })
            .cache();
    decoder = NimbusReactiveJwtDecoder.withJwkSource(jwt -> cached).build();
    OAuth2Error notForUs = new OAuth2Error("invalid_token", "not for rapport-api", null);
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<Jwt>(
            List.of(
                new JwtTimestampValidator(Duration.ofSeconds(30)),
                new JwtIssuerValidator(ISSUER),
                jwt ->
                    jwt.getAudience() != null && jwt.getAudience().contains("rapport-api")
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(notForUs))));
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID("realm-key")
                .type(JOSEObjectType.JWT)
                .build(),
            new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(List.of("rapport-api", "account"))
                .subject("ec973c70-ab69-4ce9-8db9-ce3c0f2acd52")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))))
                .claim("realm_access", Map.of("roles", List.of("student", "offline_access")))
                .claim("organization", List.of("northfield-university"))
                .claim("preferred_username", "ada.student")
                .build());
    jwt.sign(new RSASSASigner(key));
    token = jwt.serialize();
  }

  @Benchmark
  public Jwt validate() {
    return decoder.decode(token).block();
  }

  @TearDown
  public void report() {
    System.out.println("  signing-key fetches during the benchmark: " + keyFetches.get());
  }
}
