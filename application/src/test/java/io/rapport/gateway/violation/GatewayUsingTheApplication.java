package io.rapport.gateway.violation;

import io.rapport.application.RapportApplication;

/** Breaks the rule that the gateway knows nothing of the application that assembles it. */
public class GatewayUsingTheApplication {
  Class<?> application() {
    return RapportApplication.class;
  }
}
