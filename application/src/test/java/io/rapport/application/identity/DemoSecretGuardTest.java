package io.rapport.application.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The demo realm's admin secret never reaches a real Keycloak unnoticed. */
class DemoSecretGuardTest {

  private static KeycloakAdminProperties admin(String secret, boolean allowDemo) {
    return new KeycloakAdminProperties("rapport-admin", secret, Duration.ofSeconds(10), allowDemo);
  }

  @Test
  void refusesToStartWithAnExternalKeycloakAndTheDemoSecret() {
    assertThatThrownBy(
            () -> DemoSecretGuard.check(true, admin(KeycloakAdminProperties.DEMO_SECRET, false)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RAPPORT_KEYCLOAK_ADMIN_CLIENTSECRET");
  }

  @Test
  void startsWithASecretOfItsOwnOrTheEmbeddedDemoRealm() {
    assertThatCode(() -> DemoSecretGuard.check(true, admin("a-secret-of-its-own", false)))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> DemoSecretGuard.check(false, admin(KeycloakAdminProperties.DEMO_SECRET, false)))
        .doesNotThrowAnyException();
  }
}
