package io.rapport.command.app.nudge;

import io.rapport.command.api.nudge.NudgePolicy;

/** Each tenant's nudge policy, as the tenant set it last. */
public interface TenantNudges {

  /** The tenant's policy; the defaults for a tenant that never set one. */
  NudgePolicy nudgesFor(String tenantId);
}
