package io.rapport.application;

import com.mongodb.client.model.Updates;
import io.rapport.query.app.store.ProjectionWriter;
import io.rapport.query.app.store.ReadModelCollections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * A test-only projection that writes one document per event into {@value #COLLECTION}, through the
 * same batched writer as the real projections and in the same processor, so that the store itself
 * can refuse its batch: a write that no retry mends (the events of a {@link #BROKEN} aggregate
 * increment a text), or a duplicate key on a unique index that a test put on the collection (the
 * events of a {@link #CONFLICTING} aggregate share the value {@code slot}).
 */
@Component
@ProcessingGroup(StoreProbe.GROUP)
@ReadModelCollections(StoreProbe.COLLECTION)
class StoreProbe {

  static final String GROUP = "store-probe";
  static final String COLLECTION = "store_probe";

  static final Set<String> BROKEN = ConcurrentHashMap.newKeySet();
  static final Set<String> CONFLICTING = ConcurrentHashMap.newKeySet();

  /** Event id → aggregate id, for every event handled (not yet necessarily written). */
  static final Map<String, String> HANDLED = new ConcurrentHashMap<>();

  private final ProjectionWriter writer;

  StoreProbe(ProjectionWriter writer) {
    this.writer = writer;
  }

  @EventHandler
  void on(Object payload, EventMessage<?> message) {
    String aggregate =
        message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : "";
    if (BROKEN.contains(aggregate)) {
      writer.upsert(
          COLLECTION,
          "broken-" + aggregate,
          Updates.combine(
              Updates.set("count", "not a number"), Updates.set("slot", "broken-" + aggregate)));
      writer.upsert(COLLECTION, "broken-" + aggregate, Updates.inc("count", 1));
    }
    String slot =
        CONFLICTING.contains(aggregate) ? "conflict-" + aggregate : message.getIdentifier();
    writer.upsert(
        COLLECTION,
        message.getIdentifier(),
        Updates.combine(Updates.set("aggregate", aggregate), Updates.set("slot", slot)));
    HANDLED.put(message.getIdentifier(), aggregate);
  }
}
