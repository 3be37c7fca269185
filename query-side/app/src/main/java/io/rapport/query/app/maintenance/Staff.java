package io.rapport.query.app.maintenance;

import io.rapport.command.api.Refusal;
import io.rapport.command.api.Stamp;
import java.util.Collection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.MetaData;

/**
 * Only platform staff maintain read models; the edge lets no one else ask, and neither does this.
 */
final class Staff {

  static final String PLATFORM_ADMIN = "platform-admin";

  private Staff() {}

  static boolean isPlatformStaff(MetaData metaData) {
    return metaData.get(Stamp.ROLES.key()) instanceof Collection<?> roles
        && roles.contains(PLATFORM_ADMIN);
  }

  static CommandExecutionException notFound(String detail) {
    return new CommandExecutionException(
        detail, null, new Refusal(Refusal.Kind.NOT_FOUND, "not-found", detail, null));
  }

  static CommandExecutionException conflict(String type, String detail) {
    return new CommandExecutionException(
        detail, null, new Refusal(Refusal.Kind.CONFLICT, type, detail, null));
  }
}
