package io.rapport.application;

import io.rapport.infra.testkit.TestInfrastructure;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The demo tenants' own settings and Northfield's identity provider, as the realm file makes them:
 * shared by every test of the run, so a test that may change them (the fuzz calls every operation)
 * puts them back.
 */
final class DemoTenants {

  static final String IDENTITY_PROVIDER = "/api/v1/tenant/identity-provider";

  private DemoTenants() {}

  /** Northfield's link to the demo's Northfield sign-in realm. */
  static Map<String, Object> northfieldSignIn(TestInfrastructure infra) {
    return Map.of(
        "kind", "OIDC",
        "issuer", infra.issuerUri().replace("/realms/rapport", "/realms/northfield-sso"),
        "clientId", "rapport-broker",
        "clientSecret", "northfield-broker-demo-secret",
        "emailDomains", List.of("northfield.example"));
  }

  /** Puts back a tenant's default policies, and Northfield's identity provider if it is gone. */
  static void restore(TestInfrastructure infra, WebTestClient admin, boolean northfield) {
    admin
        .put()
        .uri("/api/v1/tenant/settings")
        .bodyValue(
            Map.of(
                "thankYouWindowHours",
                24,
                "defaultCadenceDays",
                90,
                "nudges",
                Map.of(
                    "rules",
                    Map.of(),
                    "prepareHoursBefore",
                    24,
                    "thankYouDueHoursBefore",
                    6,
                    "connectionFollowUpDays",
                    14)))
        .exchange()
        .expectStatus()
        .isNoContent();
    if (northfield
        && admin
                .get()
                .uri(IDENTITY_PROVIDER)
                .exchange()
                .returnResult(String.class)
                .getStatus()
                .value()
            == 404) {
      admin
          .put()
          .uri(IDENTITY_PROVIDER)
          .bodyValue(northfieldSignIn(infra))
          .exchange()
          .expectStatus()
          .isNoContent();
    }
  }
}
