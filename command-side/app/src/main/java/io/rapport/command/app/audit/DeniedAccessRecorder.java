package io.rapport.command.app.audit;

import io.rapport.command.api.audit.AccessDeniedEvent;
import io.rapport.command.api.audit.RecordDeniedAccessCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

/**
 * Publishes each denied attempt as an event. There is no aggregate on purpose: a denial decides
 * nothing, and one aggregate per tenant would make every denial of a tenant wait for the previous
 * one. The command's stamp is carried onto the event like any other.
 */
@Component
class DeniedAccessRecorder {

  private final EventGateway events;

  DeniedAccessRecorder(EventGateway events) {
    this.events = events;
  }

  @CommandHandler
  void handle(RecordDeniedAccessCommand command) {
    events.publish(
        new AccessDeniedEvent(
            command.status(),
            command.method(),
            command.resource(),
            command.reason(),
            command.repeats()));
  }
}
