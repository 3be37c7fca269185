package io.rapport.gateway;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

  /** Event id → aggregate id, for every event handled. */
  static final Map<String, String> HANDLED = new ConcurrentHashMap<>();

  @EventHandler
  void on(Object payload, EventMessage<?> message) {
    String aggregate =
        message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : "";
    if (POISONED.contains(aggregate)) {
      throw new IllegalStateException("the probe cannot handle " + aggregate);
    }
    HANDLED.put(message.getIdentifier(), aggregate);
  }
}
