package io.rapport.query.app.nudge;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import io.rapport.command.api.nudge.NotificationSettings;
import io.rapport.command.api.nudge.NotificationSettingsChangedEvent;
import io.rapport.query.app.store.ReadModelCollections;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps each person's notification settings ({@code notification_settings}, keyed {@code
 * tenant|user}).
 */
@Component
@ProcessingGroup(NotificationSettingsProjection.GROUP)
@ReadModelCollections(NotificationSettingsProjection.SETTINGS)
class NotificationSettingsProjection {

  static final String GROUP = "notification-settings";
  static final String SETTINGS = "notification_settings";

  private final ReadModelStore store;

  NotificationSettingsProjection(ReadModelStore store) {
    this.store = store;
  }

  @EventHandler
  void on(NotificationSettingsChangedEvent event, EventMessage<?> message) {
    TenantId tenant = TenantId.of(message);
    NotificationSettings settings = event.settings();
    Map<String, Object> rules = new LinkedHashMap<>();
    if (settings.rules() != null) {
      settings.rules().forEach((rule, on) -> rules.put(rule.name(), on));
    }
    store
        .of(tenant)
        .upsert(
            SETTINGS,
            tenant.key(event.userId()),
            combine(
                set("email", settings.email()),
                set("inApp", settings.inApp()),
                set("rules", new Document(rules)),
                set("timeZone", settings.timeZone()),
                set("quietFrom", settings.quietHours().from().toString()),
                set("quietTo", settings.quietHours().to().toString())));
  }
}
