package io.rapport.query.app.calendar;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import io.rapport.command.api.calendar.CalendarTokenIssuedEvent;
import io.rapport.command.api.calendar.CalendarTokenRevokedEvent;
import io.rapport.query.app.store.ProjectionWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/**
 * Keeps the hash of each student's calendar token, keyed by the student's id (user ids are unique
 * across tenants) with the student's tenant.
 */
@Component
@ProcessingGroup(CalendarTokenProjection.GROUP)
class CalendarTokenProjection {

  static final String GROUP = "calendar-tokens";
  static final String COLLECTION = "calendar_tokens";

  private final ProjectionWriter writer;

  CalendarTokenProjection(ProjectionWriter writer) {
    this.writer = writer;
  }

  @EventHandler
  void on(CalendarTokenIssuedEvent event, @MetaDataValue("tenantId") String tenantId) {
    writer.upsert(
        COLLECTION,
        event.studentId(),
        combine(set("tenantId", tenantId), set("tokenHash", event.tokenHash())));
  }

  @EventHandler
  void on(CalendarTokenRevokedEvent event, @MetaDataValue("tenantId") String tenantId) {
    writer.upsert(
        COLLECTION, event.studentId(), combine(set("tenantId", tenantId), unset("tokenHash")));
  }
}
