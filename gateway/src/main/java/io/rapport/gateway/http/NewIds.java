package io.rapport.gateway.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ids a request gives the things it creates. Random without an {@code Idempotency-Key}; with
 * one, derived from tenant, user, key, the key's first use and their order in the request, so that
 * a repeat names the same things and is answered exactly like the first request, and the key used
 * again after it expired names new things.
 */
public final class NewIds {

  private final String seed;
  private final AtomicInteger next = new AtomicInteger();

  private NewIds(String seed) {
    this.seed = seed;
  }

  static NewIds random() {
    return new NewIds(null);
  }

  static NewIds derived(String tenantId, String userId, String idempotencyKey, Instant firstUse) {
    return new NewIds(
        tenantId + "\n" + userId + "\n" + idempotencyKey + "\n" + firstUse.toEpochMilli());
  }

  /** The next id. */
  public String next() {
    if (seed == null) {
      return UUID.randomUUID().toString();
    }
    return UUID.nameUUIDFromBytes(
            (seed + "\n" + next.getAndIncrement()).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
