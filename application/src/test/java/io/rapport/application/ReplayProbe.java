package io.rapport.application;

import io.rapport.query.app.store.Generations;
import io.rapport.query.app.store.ReadModelCollections;
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
import org.springframework.stereotype.Component;

/**
 * A test-only processing group that counts how often each event is handled, by a handler that
 * allows replays and by one that does not. It is a read model like the others (handled by the
 * processor of all read models, its tokens in MongoDB), owning no collection, so it can be rebuilt
 * through the API; what a rebuild handles is counted apart from what the live processor handles.
 */
final class ReplayProbe {

  static final String GROUP = "replay-probe";

  /** Event id → times handled by rebuilds, by the handler that allows replays. */
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
  @ReadModelCollections({})
  static class Counting {

    @EventHandler
    void on(Object payload, EventMessage<?> message, ReplayStatus status) {
      if (!Generations.inRebuild()) {
        return;
      }
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
  }

  @Component
  @ProcessingGroup(GROUP)
  @ReadModelCollections({})
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
