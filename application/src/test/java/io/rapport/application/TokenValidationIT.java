package io.rapport.application;

import static org.awaitility.Awaitility.await;

import io.rapport.infra.keycloak.KeycloakTokens;
import io.rapport.infra.testkit.KeycloakAdmin;
import io.rapport.infra.testkit.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Only a live token of the realm, meant for Rapport, gets in. */
class TokenValidationIT extends RapportIT {

  @Test
  void aRealTokenGetsIn() {
    as("ada.student").get().uri("/api/v1/me").exchange().expectStatus().isOk();
  }

  @Test
  void noTokenIsRefused() {
    http.get()
        .uri("/api/v1/me")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/unauthenticated");
  }

  @Test
  void aForgedSignatureIsRefused() throws Exception {
    String token = INFRA.token("ada.student");
    String[] parts = token.split("\\.");
    var keys = KeyPairGenerator.getInstance("RSA");
    keys.initialize(2048);
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(keys.generateKeyPair().getPrivate());
    signer.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    String forged =
        parts[0]
            + "."
            + parts[1]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
    withToken(forged).expectStatus().isUnauthorized();
  }

  @Test
  void aTamperedPayloadIsRefused() {
    String[] parts = INFRA.token("eve.student").split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("southside-bootcamp", "northfield-university");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    withToken(tampered).expectStatus().isUnauthorized();
  }

  @Test
  void anExpiredTokenIsRefused() {
    new KeycloakAdmin(INFRA).ensurePublicClient("rapport-test-short-lived", true, 1);
    String token =
        KeycloakTokens.passwordGrant(
            INFRA.issuerUri(),
            "rapport-test-short-lived",
            "ada.student",
            TestInfrastructure.DEMO_PASSWORD);
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> withToken(token).expectStatus().isUnauthorized());
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    new KeycloakAdmin(INFRA).ensurePublicClient("rapport-test-no-audience", false, 300);
    String token =
        KeycloakTokens.passwordGrant(
            INFRA.issuerUri(),
            "rapport-test-no-audience",
            "ada.student",
            TestInfrastructure.DEMO_PASSWORD);
    withToken(token).expectStatus().isUnauthorized();
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    withToken(new KeycloakAdmin(INFRA).masterAdminToken()).expectStatus().isUnauthorized();
  }

  @Test
  void garbageIsRefused() {
    withToken("not-a-token").expectStatus().isUnauthorized();
  }

  private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec withToken(
      String token) {
    return http.get().uri("/api/v1/me").header("Authorization", "Bearer " + token).exchange();
  }
}
