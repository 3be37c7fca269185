package io.rapport.query.app.calendar;

import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import io.rapport.command.api.calendar.CalendarTokenIssuedEvent;
import io.rapport.command.api.calendar.CalendarTokenRevokedEvent;
import io.rapport.query.app.store.ReadModelCollections;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Keeps the hash of each student's calendar token, keyed by the student's id (user ids are unique
 * across tenants) with the student's tenant.
 */
@Component
@ProcessingGroup(CalendarTokenProjection.GROUP)
@ReadModelCollections(CalendarTokenProjection.COLLECTION)
class CalendarTokenProjection {

  static final String GROUP = "calendar-tokens";
  static final String COLLECTION = "calendar_tokens";

  private final ReadModelStore store;

  CalendarTokenProjection(ReadModelStore store) {
    this.store = store;
  }

  @EventHandler
  void on(CalendarTokenIssuedEvent event, EventMessage<?> message) {
    store
        .of(TenantId.of(message))
        .upsert(COLLECTION, event.studentId(), set("tokenHash", event.tokenHash()));
  }

  @EventHandler
  void on(CalendarTokenRevokedEvent event, EventMessage<?> message) {
    store.of(TenantId.of(message)).upsert(COLLECTION, event.studentId(), unset("tokenHash"));
  }
}
