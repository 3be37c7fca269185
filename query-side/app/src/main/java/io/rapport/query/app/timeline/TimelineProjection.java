package io.rapport.query.app.timeline;

import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.query.app.access.TenantId;
import io.rapport.query.app.store.ProjectionWriter;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Writes every event of a student's networking into the student's and the relationship's timeline.
 */
@Component
@ProcessingGroup(TimelineProjection.GROUP)
class TimelineProjection {

  static final String GROUP = "timelines";

  private final TimelineWriter timelines;

  TimelineProjection(ProjectionWriter writer) {
    this.timelines = new TimelineWriter(writer);
  }

  @EventHandler
  void on(RelationshipStartedEvent event, EventMessage<?> message) {
    record(message, event.studentId(), event.relationshipId(), null, Map.of());
  }

  @EventHandler
  void on(ChatScheduledEvent event, EventMessage<?> message) {
    record(
        message,
        event.studentId(),
        event.relationshipId(),
        event.chatId(),
        Map.of(
            "kind", event.kind().name(),
            "startsAt", event.startsAt().toString(),
            "durationMinutes", event.durationMinutes(),
            "setting", event.setting().name()));
  }

  private void record(
      EventMessage<?> message,
      String studentId,
      String relationshipId,
      String chatId,
      Map<String, Object> details) {
    TenantId tenant = new TenantId((String) message.getMetaData().get("tenantId"));
    TimelineEntry entry =
        new TimelineEntry(
            message.getIdentifier(),
            message.getTimestamp(),
            typeOf(message),
            (String) message.getMetaData().get("userId"),
            relationshipId,
            chatId,
            details);
    timelines.add(TimelineOwner.student(tenant, studentId), entry);
    timelines.add(TimelineOwner.relationship(tenant, relationshipId), entry);
  }

  private static String typeOf(EventMessage<?> message) {
    String name = message.getPayloadType().getSimpleName();
    return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
  }
}
