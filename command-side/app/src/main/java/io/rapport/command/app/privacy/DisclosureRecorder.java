package io.rapport.command.app.privacy;

import io.rapport.command.api.privacy.RecordDisclosureCommand;
import io.rapport.command.api.privacy.RecordsDisclosedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

/**
 * Publishes each read of a student's records by someone else as an event. Like a denied attempt, a
 * read decides nothing, so there is no aggregate; the command's stamp (the reader) carries over.
 */
@Component
class DisclosureRecorder {

  private final EventGateway events;

  DisclosureRecorder(EventGateway events) {
    this.events = events;
  }

  @CommandHandler
  void handle(RecordDisclosureCommand command) {
    events.publish(new RecordsDisclosedEvent(command.studentId(), command.record()));
  }
}
