package io.rapport.query.app.maintenance;

import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.springframework.stereotype.Component;

/**
 * The processors that keep read models: pooled streaming processors whose tokens are stored beside
 * their projection. Processors with an in-memory token store rebuild their state at every start and
 * are not read models.
 */
@Component
class ReadModelProcessors {

  private final EventProcessingConfiguration processing;

  ReadModelProcessors(EventProcessingConfiguration processing) {
    this.processing = processing;
  }

  Optional<PooledStreamingEventProcessor> byName(String name) {
    if (name == null || !processing.eventProcessors().containsKey(name)) {
      return Optional.empty();
    }
    return processing
        .eventProcessor(name, PooledStreamingEventProcessor.class)
        .filter(processor -> !(processing.tokenStore(name) instanceof InMemoryTokenStore));
  }

  /** How many segments the processor's events are split into. */
  int segments(String name) {
    return processing.tokenStore(name).fetchSegments(name).length;
  }
}
