package io.rapport.command.app.privacy;

import io.rapport.command.api.privacy.PersonalDataUnreadable;
import io.rapport.command.api.privacy.PersonalDataUnreadable.Reason;
import org.axonframework.messaging.HandlerExecutionException;

/**
 * Personal data of an event that cannot be read although it was never erased. Whoever reads the
 * event fails with it: an aggregate cannot be loaded, a projection's batch fails, a request is
 * answered 503. Its details ({@link PersonalDataUnreadable}) are how the read side and the edge
 * recognise it without knowing this class. It carries no stack trace: its message says where, and a
 * rebuild may meet it on every event of the subject.
 */
public class UnreadablePersonalDataException extends HandlerExecutionException {

  UnreadablePersonalDataException(Reason reason, String subjectId, String keyId) {
    super(
        message(reason, subjectId, keyId),
        null,
        new PersonalDataUnreadable(reason, subjectId),
        false);
  }

  private static String message(Reason reason, String subjectId, String keyId) {
    return switch (reason) {
      case MISSING_KEY ->
          "The personal data of subject "
              + subjectId
              + " cannot be read: its key "
              + keyId
              + " is missing and was not erased (no tombstone)";
      case CORRUPT ->
          "The personal data of subject "
              + subjectId
              + " cannot be read: a value sealed under key "
              + keyId
              + " fails its tag check (changed, or sealed under another key)";
    };
  }
}
