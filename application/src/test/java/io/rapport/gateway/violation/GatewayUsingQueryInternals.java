package io.rapport.gateway.violation;

import io.rapport.query.app.store.TenantId;

/** Breaks the rule that the gateway uses only the api modules. */
public class GatewayUsingQueryInternals {
  Object tenant() {
    return new TenantId("t");
  }
}
