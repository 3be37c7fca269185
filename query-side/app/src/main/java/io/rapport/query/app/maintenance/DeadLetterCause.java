package io.rapport.query.app.maintenance;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.axonframework.messaging.deadletter.Cause;

/**
 * What the dead-letter list says of a failure: the exception's class name and a fixed description
 * chosen by that class alone, so that nothing of the failed event can pass through it. The
 * exception's own message is never shown: the list is for platform staff, who read no tenant data,
 * and messages quote what failed (a driver's duplicate key with its value, an id, a name, a
 * payload's text) whatever a projection's author intended. The message is kept where the failure
 * happened, in the dead-letter document beside the read models, for those who may read a tenant's
 * data.
 */
final class DeadLetterCause {

  static final String UNKNOWN_TYPE = "unknown";

  /** A Java binary class name, so that a stored type that is anything else is not shown. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("[A-Za-z_$][\\w$]{0,99}(\\.[A-Za-z_$][\\w$]{0,99}){0,20}");

  private DeadLetterCause() {}

  /** {@code type: description}; never the cause's message. */
  static String shown(Cause cause) {
    String type =
        cause.type() != null && CLASS_NAME.matcher(cause.type()).matches()
            ? cause.type()
            : UNKNOWN_TYPE;
    return type + ": " + description(type) + " (its message is withheld)";
  }

  /**
   * The same for a failure as it happens (the projections' health): the innermost cause's class,
   * the read store's error code and category when it has one, and the fixed description.
   */
  static String ofFailure(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String type = root.getClass().getName();
    String code = "";
    int number =
        root instanceof MongoBulkWriteException bulk && !bulk.getWriteErrors().isEmpty()
            ? bulk.getWriteErrors().get(0).getCode()
            : root instanceof MongoException mongo ? mongo.getCode() : 0;
    if (number > 0) {
      ErrorCategory category = ErrorCategory.fromErrorCode(number);
      code =
          " (code "
              + number
              + (category == ErrorCategory.UNCATEGORIZED
                  ? ""
                  : ", " + category.name().toLowerCase(Locale.ROOT).replace('_', ' '))
              + ")";
    }
    return root.getClass().getSimpleName() + code + ": " + description(type);
  }

  private static String description(String type) {
    if (type.endsWith(".UnreadablePersonalDataException")) {
      return "personal data could not be decrypted: its key is missing without an erasure, or the"
          + " data is corrupt (see the log and rapport_privacy_decryption_failures_total)";
    }
    if (type.startsWith("com.mongodb.") || type.startsWith("org.bson.")) {
      return "the read store refused or failed the projection's read or write";
    }
    if (type.startsWith("org.axonframework.serialization.")
        || type.startsWith("com.fasterxml.jackson.")
        || type.equals("java.lang.ClassCastException")) {
      return "the event could not be read into the shape the projection expects";
    }
    return switch (type) {
      case "java.lang.NullPointerException" ->
          "a value the projection needs is missing from the event or the read model";
      case "java.lang.IllegalStateException",
          "java.lang.IllegalArgumentException",
          "java.lang.UnsupportedOperationException" ->
          "the projection refused the event";
      default -> "the projection failed on the event";
    };
  }
}
