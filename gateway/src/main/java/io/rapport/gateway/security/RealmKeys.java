package io.rapport.gateway.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The realm's signing keys, from its JWKS, for the token decoder. Fetched keys are trusted for
 * {@code maxAge} (fetched again ahead of that, in the background, while the old ones still serve),
 * so a key the realm revoked stops being trusted within it. A token naming a key id not among them
 * has the keys fetched again at most once per {@code refetchAtMostEvery}: a flood of tokens with
 * made-up key ids costs a fetch or two, not one each. One fetch runs at a time and takes at most
 * {@code timeout}. While the realm cannot be reached, the last keys keep serving; with none at all,
 * the decoder fails with "Could not obtain the keys" (answered 503, not 401).
 */
final class RealmKeys implements Function<SignedJWT, Flux<JWK>> {

  private static final Logger log = LoggerFactory.getLogger(RealmKeys.class);

  /** Keys as fetched, and when. */
  private record Fetched(JWKSet keys, Instant at) {}

  private final URI jwks;
  private final SecurityProperties.Keys policy;
  private final Clock clock;
  private final HttpClient http;
  private final AtomicReference<Fetched> current = new AtomicReference<>();
  private final AtomicReference<Mono<Fetched>> fetching = new AtomicReference<>();
  private volatile Instant lastAttempt = Instant.MIN;
  private final AtomicLong fetches = new AtomicLong();

  RealmKeys(URI jwks, SecurityProperties.Keys policy, Clock clock) {
    this.jwks = jwks;
    this.policy = policy;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(policy.timeout()).build();
  }

  @Override
  public Flux<JWK> apply(SignedJWT token) {
    String keyId = token.getHeader().getKeyID();
    Fetched known = current.get();
    Instant now = clock.instant();
    if (known == null || age(known, now).compareTo(policy.maxAge()) >= 0) {
      return fetch().onErrorResume(e -> stale(known, e)).flatMapMany(keys -> matching(keys, keyId));
    }
    if (age(known, now).compareTo(policy.maxAge().multipliedBy(4).dividedBy(5)) >= 0) {
      fetch().onErrorResume(e -> Mono.empty()).subscribe(); // ahead of the expiry
    }
    if (known.keys().getKeyByKeyId(keyId) == null && mayRefetch(now)) {
      return fetch()
          .onErrorResume(e -> Mono.just(known))
          .flatMapMany(keys -> matching(keys, keyId));
    }
    return matching(known, keyId);
  }

  /** How many times the keys were fetched, for tests. */
  long fetches() {
    return fetches.get();
  }

  private boolean mayRefetch(Instant now) {
    return Duration.between(lastAttempt, now).compareTo(policy.refetchAtMostEvery()) >= 0;
  }

  private static Flux<JWK> matching(Fetched fetched, String keyId) {
    if (keyId == null) {
      return Flux.fromIterable(fetched.keys().getKeys());
    }
    JWK key = fetched.keys().getKeyByKeyId(keyId);
    return key == null ? Flux.empty() : Flux.just(key);
  }

  private Mono<Fetched> stale(Fetched known, Throwable failure) {
    if (known == null) {
      return Mono.error(new IllegalStateException("Could not obtain the keys", failure));
    }
    log.warn(
        "The realm's keys could not be fetched again ({}); the last ones still serve",
        failure.toString());
    return Mono.just(known);
  }

  /** The one fetch in flight, or a new one. */
  private Mono<Fetched> fetch() {
    Mono<Fetched> running = fetching.get();
    if (running != null) {
      return running;
    }
    Mono<Fetched> fetch =
        Mono.defer(this::download)
            .doOnNext(current::set)
            .doFinally(signal -> fetching.set(null))
            .cache();
    return fetching.compareAndSet(null, fetch)
        ? fetch
        : Objects.requireNonNull(fetching.get(), "fetch");
  }

  private Mono<Fetched> download() {
    lastAttempt = clock.instant();
    fetches.incrementAndGet();
    HttpRequest request = HttpRequest.newBuilder(jwks).timeout(policy.timeout()).GET().build();
    return Mono.fromFuture(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
        .timeout(policy.timeout())
        .flatMap(
            response -> {
              if (response.statusCode() != 200) {
                return Mono.error(
                    new IllegalStateException(
                        "The realm's keys answered " + response.statusCode()));
              }
              try {
                return Mono.just(new Fetched(JWKSet.parse(response.body()), clock.instant()));
              } catch (ParseException e) {
                return Mono.error(new IllegalStateException("The realm's keys are not a JWKS", e));
              }
            });
  }

  private static Duration age(Fetched fetched, Instant now) {
    return Duration.between(fetched.at(), now);
  }
}
