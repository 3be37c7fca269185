package io.rapport.application.infrastructure;

import org.springframework.util.ClassUtils;

/**
 * Whether this build carries the embedded servers (module {@code infra/embedded}, a runtime-only
 * dependency that a production build leaves out), and the failure to report when a server is
 * neither configured nor embedded.
 */
final class EmbeddedServers {

  /** The auto-configuration of {@code infra/embedded}, named as the application cannot see it. */
  static final String AUTO_CONFIGURATION =
      "io.rapport.infra.boot.EmbeddedKeycloakAutoConfiguration";

  private EmbeddedServers() {}

  static boolean inThisBuild() {
    return ClassUtils.isPresent(AUTO_CONFIGURATION, EmbeddedServers.class.getClassLoader());
  }

  static IllegalStateException missing(String variable) {
    return new IllegalStateException(
        variable
            + " is not set, and this build leaves the embedded servers out: set it to the address"
            + " of your server (see docs/operations.md)");
  }
}
