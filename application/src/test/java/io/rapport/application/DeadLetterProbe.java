package io.rapport.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * A test-only projection that fails on every event of a poisoned aggregate, and records the events
 * it handled: a stand-in for a projection with a bug that a later fix removes.
 */
@Component
@ProcessingGroup(DeadLetterProbe.GROUP)
class DeadLetterProbe {

  static final String GROUP = "dead-letter-probe";

  /** Aggregates whose events make the projection fail. */
  static final Set<String> POISONED = ConcurrentHashMap.newKeySet();

  /** The messages of the failures thrown, which quote the payload as careless code would. */
  static final List<String> FAILURES = new CopyOnWriteArrayList<>();

  /** Event id → aggregate id, for every event handled. */
  static final Map<String, String> HANDLED = new ConcurrentHashMap<>();

  @EventHandler
  void on(Object payload, EventMessage<?> message) {
    String aggregate =
        message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : "";
    if (POISONED.contains(aggregate)) {
      String failure = "the probe cannot handle " + aggregate + ": " + payload;
      FAILURES.add(failure);
      throw new IllegalStateException(failure);
    }
    HANDLED.put(message.getIdentifier(), aggregate);
  }
}
