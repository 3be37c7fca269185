package io.rapport.application.identity;

import io.rapport.application.infrastructure.InfrastructureProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Refuses to start against an external Keycloak with the demo realm's admin secret: whoever reads
 * this code could create and change the tenants' organizations. The embedded Keycloak imports the
 * demo realm and may keep it.
 */
@Component
class DemoSecretGuard implements InitializingBean {

  private final InfrastructureProperties infrastructure;
  private final KeycloakAdminProperties admin;

  DemoSecretGuard(InfrastructureProperties infrastructure, KeycloakAdminProperties admin) {
    this.infrastructure = infrastructure;
    this.admin = admin;
  }

  @Override
  public void afterPropertiesSet() {
    check(infrastructure.keycloak().external(), admin);
  }

  static void check(boolean externalKeycloak, KeycloakAdminProperties admin) {
    if (externalKeycloak && admin.demoSecret() && !admin.allowDemoSecret()) {
      throw new IllegalStateException(
          "RAPPORT_KEYCLOAK_ADMIN_CLIENTSECRET is the demo realm's secret, which everyone knows:"
              + " give the rapport-admin client of your realm a secret of its own and set it here"
              + " (see infra/keycloak/rapport-realm-production.json)");
    }
  }
}
