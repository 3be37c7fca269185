package io.rapport.command.app.audit;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.rapport.command.api.audit.AccessDeniedEvent;
import io.rapport.command.api.audit.RecordDeniedAccessCommand;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;

/** A denied attempt becomes an event as it was told, without an aggregate. */
class DeniedAccessRecorderTest {

  @Test
  void publishesEachDeniedAttemptAsAnEvent() {
    EventGateway events = mock(EventGateway.class);

    new DeniedAccessRecorder(events)
        .handle(new RecordDeniedAccessCommand(403, "GET", "/api/v1/audit", "forbidden", 0));

    verify(events).publish(new AccessDeniedEvent(403, "GET", "/api/v1/audit", "forbidden", 0));
  }
}
