package io.rapport.gateway.messaging;

import io.rapport.command.api.privacy.RecordDisclosureCommand;
import io.rapport.gateway.security.Caller;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records that someone other than the student read one of the student's records (after the read was
 * allowed); the student's own reads are not recorded.
 */
@Component
public class Disclosures {

  private final Dispatch dispatch;

  Disclosures(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  /** Completes once recorded; a failure to record is logged, not answered. */
  public Mono<Void> record(Caller caller, String studentId, String record) {
    if (studentId.equals(caller.userId())) {
      return Mono.empty();
    }
    return dispatch.sendQuietly(
        caller, caller.tenantId(), new RecordDisclosureCommand(studentId, record));
  }
}
