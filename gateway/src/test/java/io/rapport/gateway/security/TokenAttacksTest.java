package io.rapport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

/**
 * Tokens an attacker could send, against the decoder as the application builds it, with a realm's
 * key set served over HTTP by a test server that counts its fetches.
 */
class TokenAttacksTest {

  private static final String ISSUER = "http://localhost/realms/rapport";
  private static final Duration SKEW = Duration.ofSeconds(30);

  private final AtomicReference<String> served = new AtomicReference<>();
  private final AtomicInteger fetched = new AtomicInteger();
  private HttpServer server;
  private RSAKey realmKey;

  @BeforeEach
  void serveTheRealmsKeys() throws Exception {
    realmKey = new RSAKeyGenerator(2048).keyID("realm-key").generate();
    served.set(new JWKSet(realmKey.toPublicJWK()).toString());
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/certs",
        exchange -> {
          fetched.incrementAndGet();
          byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private ReactiveJwtDecoder decoder(Duration maxAge) {
    SecurityProperties.Keys keys =
        new SecurityProperties.Keys(maxAge, Duration.ofSeconds(30), Duration.ofSeconds(2));
    return TokenDecoderConfiguration.decoder(
        new RealmKeys(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/certs"),
            keys,
            Clock.systemUTC()),
        ISSUER,
        new SecurityProperties("rapport-api", SKEW, keys));
  }

  private ReactiveJwtDecoder decoder() {
    return decoder(Duration.ofMinutes(10));
  }

  private static JWTClaimsSet.Builder validClaims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(UUID.randomUUID().toString())
        .audience(List.of("rapport-api"))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)));
  }

  private String signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> claims) throws Exception {
    SignedJWT token =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims.apply(validClaims()).build());
    token.sign(new RSASSASigner(key));
    return token.serialize();
  }

  private String signed(UnaryOperator<JWTClaimsSet.Builder> claims) throws Exception {
    return signed(realmKey, claims);
  }

  @Test
  void aTokenOfTheRealmGetsIn() throws Exception {
    assertThat(decoder().decode(signed(c -> c)).block().getSubject()).isNotBlank();
  }

  @Test
  void anUnsignedTokenIsRefused() {
    String none = new PlainJWT(validClaims().build()).serialize();
    assertThatThrownBy(() -> decoder().decode(none).block()).isInstanceOf(JwtException.class);
  }

  @Test
  void anHmacTokenKeyedWithTheRealmsPublicKeyIsRefused() throws Exception {
    SignedJWT token =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("realm-key").build(),
            validClaims().build());
    token.sign(new MACSigner(realmKey.toPublicKey().getEncoded()));
    assertThatThrownBy(() -> decoder().decode(token.serialize()).block())
        .isInstanceOf(JwtException.class);
  }

  @Test
  void aTokenValidOnlyInTheFutureIsRefused() throws Exception {
    String early =
        signed(c -> c.notBeforeTime(Date.from(Instant.now().plus(SKEW).plusSeconds(30))));
    assertThatThrownBy(() -> decoder().decode(early).block()).isInstanceOf(JwtException.class);
  }

  @Test
  void expiryIsCheckedWithTheStatedSkewAndNoFurther() throws Exception {
    Date issued = Date.from(Instant.now().minusSeconds(600));
    String justWithin =
        signed(
            c ->
                c.issueTime(issued)
                    .expirationTime(Date.from(Instant.now().minus(SKEW).plusSeconds(10))));
    String justBeyond =
        signed(
            c ->
                c.issueTime(issued)
                    .expirationTime(Date.from(Instant.now().minus(SKEW).minusSeconds(10))));
    assertThat(decoder().decode(justWithin).block()).isNotNull();
    assertThatThrownBy(() -> decoder().decode(justBeyond).block()).isInstanceOf(JwtException.class);
  }

  @Test
  void aTokenWithoutExpiryIsRefused() throws Exception {
    String forever = signed(c -> c.expirationTime(null));
    assertThatThrownBy(() -> decoder().decode(forever).block()).isInstanceOf(JwtException.class);
  }

  @Test
  void aTokenWithoutSubjectIsRefused() throws Exception {
    String nobody = signed(c -> c.subject(null));
    assertThatThrownBy(() -> decoder().decode(nobody).block()).isInstanceOf(JwtException.class);
  }

  @Test
  void aTokenOfAnotherRealmIsRefused() throws Exception {
    String other = signed(c -> c.issuer("http://localhost/realms/another"));
    assertThatThrownBy(() -> decoder().decode(other).block()).isInstanceOf(JwtException.class);
  }

  @Test
  void aTokenSignedWithAnUnknownKeyIsRefused() throws Exception {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
    assertThatThrownBy(() -> decoder().decode(signed(stranger, c -> c)).block())
        .isInstanceOf(JwtException.class);
  }

  @Test
  void aFloodOfTokensWithMadeUpKeyIdsFetchesTheKeysOnceOrTwice() throws Exception {
    ReactiveJwtDecoder decoder = decoder();
    decoder.decode(signed(c -> c)).block();
    RSAKey stranger = new RSAKeyGenerator(2048).generate();
    List<String> flood =
        Flux.range(0, 1_000)
            .map(
                i -> {
                  try {
                    return signed(new RSAKey.Builder(stranger).keyID("kid-" + i).build(), c -> c);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .collectList()
            .block();
    for (String token : flood) {
      assertThatThrownBy(() -> decoder.decode(token).block()).isInstanceOf(JwtException.class);
    }
    assertThat(fetched.get()).isLessThanOrEqualTo(2);
  }

  @Test
  void aKeyTheRealmRevokedStopsBeingTrustedWithinTheKeysMaxAge() throws Exception {
    ReactiveJwtDecoder decoder = decoder(Duration.ofMillis(300));
    String before = signed(c -> c);
    assertThat(decoder.decode(before).block()).isNotNull();

    RSAKey successor = new RSAKeyGenerator(2048).keyID("successor").generate();
    served.set(new JWKSet(successor.toPublicJWK()).toString()); // realm-key revoked

    // each try a token not remembered already; refused once the keys' max age has passed
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              String after = signed(c -> c.jwtID(UUID.randomUUID().toString()));
              assertThatThrownBy(() -> decoder.decode(after).block())
                  .isInstanceOf(JwtException.class);
            });
    assertThat(decoder.decode(signed(successor, c -> c)).block()).isNotNull();
  }

  @Test
  void withoutAnyKeysAndARealmOutOfReachTheDecoderSaysSoInsteadOfRefusingTheToken()
      throws Exception {
    String token = signed(c -> c);
    server.stop(0);
    assertThatThrownBy(() -> decoder().decode(token).block())
        .hasMessageContaining("Could not obtain the keys");
  }
}
