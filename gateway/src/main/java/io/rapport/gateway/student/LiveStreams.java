package io.rapport.gateway.student;

import io.rapport.gateway.security.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * The live streams open now, counted per person and per tenant, each count within its bound: a
 * stream holds a subscription and a connection for as long as it lasts, so nobody may open them
 * without end.
 */
@Component
public class LiveStreams {

  /** An open stream's place in the counts, given back when the stream ends. */
  public interface Lease extends AutoCloseable {
    @Override
    void close();
  }

  private final LiveProperties live;
  private final Map<String, Integer> open = new ConcurrentHashMap<>();

  LiveStreams(LiveProperties live) {
    this.live = live;
  }

  /**
   * A place for one more stream of the caller, or empty when they or their tenant are at the bound.
   */
  public synchronized Optional<Lease> open(Caller caller) {
    String person = "user|" + caller.userId();
    String tenant = "tenant|" + caller.tenantId();
    if (open.getOrDefault(person, 0) >= live.perUser()
        || open.getOrDefault(tenant, 0) >= live.perTenant()) {
      return Optional.empty();
    }
    open.merge(person, 1, Integer::sum);
    open.merge(tenant, 1, Integer::sum);
    return Optional.of(new Once(() -> release(person, tenant)));
  }

  private synchronized void release(String person, String tenant) {
    open.computeIfPresent(person, (key, count) -> count > 1 ? count - 1 : null);
    open.computeIfPresent(tenant, (key, count) -> count > 1 ? count - 1 : null);
  }

  /**
   * The time left until the caller's token expires (a day for a token without expiry): a live
   * stream lasts as long as its token.
   */
  public static Duration untilExpiry(Authentication authentication) {
    Instant expiry =
        authentication != null && authentication.getCredentials() instanceof Jwt jwt
            ? jwt.getExpiresAt()
            : null;
    if (expiry == null) {
      return Duration.ofDays(1);
    }
    Duration left = Duration.between(Instant.now(), expiry);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** How many streams are open now, all tenants together. */
  synchronized int count() {
    return open.entrySet().stream()
        .filter(entry -> entry.getKey().startsWith("user|"))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** Gives the place back once, however often the stream's end is signalled. */
  private static final class Once implements Lease {
    private Runnable release;

    Once(Runnable release) {
      this.release = release;
    }

    @Override
    public synchronized void close() {
      if (release != null) {
        release.run();
        release = null;
      }
    }
  }
}
