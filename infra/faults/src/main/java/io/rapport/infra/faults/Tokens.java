package io.rapport.infra.faults;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of the demo users, fetched from Keycloak and fetched again when older than {@link
 * #REFRESH_AFTER}; while Keycloak cannot be reached, the last one is used (it stays valid for a
 * quarter of an hour).
 */
final class Tokens {

  static final Duration REFRESH_AFTER = Duration.ofMinutes(5);

  private record Fetched(String token, long at) {}

  private final String issuer;
  private final Map<String, Fetched> fetched = new ConcurrentHashMap<>();

  Tokens(String issuer) {
    this.issuer = issuer;
  }

  String of(String username) {
    Fetched last = fetched.get(username);
    if (last != null && System.nanoTime() - last.at() < REFRESH_AFTER.toNanos()) {
      return last.token();
    }
    try {
      Fetched fresh = new Fetched(Http.token(issuer, username), System.nanoTime());
      fetched.put(username, fresh);
      return fresh.token();
    } catch (RuntimeException unreachable) {
      if (last == null) {
        throw unreachable;
      }
      return last.token();
    }
  }
}
