package io.rapport.application.identity;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Rapport reaches Keycloak's admin API: as a confidential client whose service account may
 * manage the realm. Keycloak's address and realm are those of the token issuer.
 *
 * @param clientId the client, by default the demo realm's {@code rapport-admin}
 * @param clientSecret its secret, by default the demo realm's
 * @param timeout how long one admin call may take
 * @param allowDemoSecret whether the demo secret may be used with an external Keycloak (for tests
 *     against a Keycloak with the demo realm imported; never in production)
 */
@Validated
@ConfigurationProperties("rapport.keycloak.admin")
public record KeycloakAdminProperties(
    @DefaultValue("rapport-admin") @NotBlank String clientId,
    @DefaultValue(DEMO_SECRET) @NotBlank String clientSecret,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("false") boolean allowDemoSecret) {

  /** The demo realm's secret of {@code rapport-admin}, known to anyone who reads this code. */
  public static final String DEMO_SECRET = "rapport-admin-demo-secret";

  /** Whether the secret is the demo realm's. */
  public boolean demoSecret() {
    return DEMO_SECRET.equals(clientSecret);
  }
}
