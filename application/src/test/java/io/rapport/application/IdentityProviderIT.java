package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;

/**
 * A tenant-admin links the institution's identity provider: Keycloak reads its configuration from
 * the issuer, the secret goes in and never comes out, a domain of another tenant is refused, and
 * unlinking removes it. (The test Keycloak's own master realm plays the institution's provider.)
 */
class IdentityProviderIT extends RapportIT {

  private static final String PATH = "/api/v1/tenant/identity-provider";

  @BeforeEach
  @AfterEach
  void unlink() {
    as("gia.admin").delete().uri(PATH).exchange().expectStatus().isNoContent();
  }

  @Test
  void theInstitutionsProviderIsLinkedShownWithoutItsSecretAndUnlinked() {
    StudentJourney gia = new StudentJourney(as("gia.admin"));
    gia.get(PATH).expectStatus().isNotFound();

    gia.put(PATH, link(masterIssuer(), List.of("sso.southside.example")));

    Map<String, Object> linked =
        gia.get(PATH)
            .expectStatus()
            .isOk()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult()
            .getResponseBody();
    assertThat(linked)
        .containsEntry("kind", "OIDC")
        .containsEntry("issuer", masterIssuer())
        .containsEntry("clientId", "rapport-broker")
        .containsEntry("clientSecretSet", true)
        .containsEntry("emailDomains", List.of("sso.southside.example"));
    assertThat(linked.toString()).doesNotContain("very-secret");

    // changed without its secret: the one linked before stays
    Map<String, Object> again =
        new java.util.HashMap<>(link(masterIssuer(), List.of("sso.southside.example")));
    again.remove("clientSecret");
    again.put("clientId", "rapport-broker-2");
    gia.put(PATH, again);
    gia.get(PATH)
        .expectBody()
        .jsonPath("$.clientId")
        .isEqualTo("rapport-broker-2")
        .jsonPath("$.clientSecretSet")
        .isEqualTo(true);

    // only the tenant's own: Northfield's admin sees Northfield's (the demo's), not Southside's
    as("dan.admin")
        .get()
        .uri(PATH)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.emailDomains")
        .isEqualTo(List.of("northfield.example"));
  }

  @Test
  void aProviderThatCannotBeReadOrADomainOfAnotherTenantIsRefused() {
    StudentJourney gia = new StudentJourney(as("gia.admin"));
    gia.post(PATH, Map.of()).expectStatus().isEqualTo(405);
    as("gia.admin")
        .put()
        .uri(PATH)
        .bodyValue(link("http://example.com/realms/x", List.of("sso.southside.example")))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("issuer");
    as("gia.admin")
        .put()
        .uri(PATH)
        .bodyValue(
            link(
                masterIssuer().replace("/master", "/no-such-realm"),
                List.of("sso.southside.example")))
        .exchange()
        .expectStatus()
        .isBadRequest();
    as("gia.admin")
        .put()
        .uri(PATH)
        .bodyValue(link(masterIssuer(), List.of("northfield.example")))
        .exchange()
        .expectStatus()
        .isEqualTo(409);
    as("gia.admin").get().uri(PATH).exchange().expectStatus().isNotFound();
    as("eve.student")
        .put()
        .uri(PATH)
        .bodyValue(link(masterIssuer(), List.of("sso.southside.example")))
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  private static Map<String, Object> link(String issuer, List<String> domains) {
    return Map.of(
        "kind", "OIDC",
        "issuer", issuer,
        "clientId", "rapport-broker",
        "clientSecret", "very-secret",
        "emailDomains", domains);
  }

  private static String masterIssuer() {
    return INFRA.issuerUri().replace("/realms/rapport", "/realms/master");
  }
}
