package io.rapport.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * A test-only processing group that counts how often each event is handled, by a handler that
 * allows replays and by one that does not. It is a read model like the others (a pooled streaming
 * processor with its tokens in MongoDB), so it can be rebuilt through the API.
 */
final class ReplayProbe {

  static final String GROUP = "replay-probe";

  /** Event id → times handled since the last reset, by the handler that allows replays. */
  static final Map<String, AtomicInteger> HANDLED = new ConcurrentHashMap<>();

  /** Event id → times handled by the handler that disallows replays. */
  static final Map<String, AtomicInteger> LIVE_ONLY = new ConcurrentHashMap<>();

  /** Event ids that were handled as replays. */
  static final Map<String, Boolean> REPLAYED = new ConcurrentHashMap<>();

  /** Closed to hold the probe's handler, so that a test can see a rebuild while it runs. */
  static volatile CountDownLatch gate = new CountDownLatch(0);

  private ReplayProbe() {}

  @Component
  @ProcessingGroup(GROUP)
  static class Counting {

    @EventHandler
    void on(Object payload, EventMessage<?> message, ReplayStatus status) {
      await();
      HANDLED.computeIfAbsent(message.getIdentifier(), id -> new AtomicInteger()).incrementAndGet();
      if (status.isReplay()) {
        REPLAYED.put(message.getIdentifier(), true);
      }
    }

    private static void await() {
      try {
        gate.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @ResetHandler
    void reset() {
      HANDLED.clear();
      REPLAYED.clear();
    }
  }

  @Component
  @ProcessingGroup(GROUP)
  @DisallowReplay
  static class LiveOnly {

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
      LIVE_ONLY
          .computeIfAbsent(message.getIdentifier(), id -> new AtomicInteger())
          .incrementAndGet();
    }
  }
}
