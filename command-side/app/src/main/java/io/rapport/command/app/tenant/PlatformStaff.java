package io.rapport.command.app.tenant;

import io.rapport.command.api.Stamp;
import io.rapport.command.app.shared.Refusals;
import java.util.Collection;
import org.axonframework.messaging.MetaData;

/**
 * Platform staff act on tenants without belonging to one: their stamp carries roles but no tenant,
 * so the tenant commands check the role instead of the tenant.
 */
final class PlatformStaff {

  static final String ROLE = "platform-admin";

  private PlatformStaff() {}

  /** Refuses, as if no tenant existed, a command that does not come from platform staff. */
  static void ensure(MetaData metaData) {
    if (!(metaData.get(Stamp.ROLES.key()) instanceof Collection<?> roles && roles.contains(ROLE))) {
      throw Refusals.notFound("tenant");
    }
  }
}
