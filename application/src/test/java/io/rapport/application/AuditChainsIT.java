package io.rapport.application;

import static io.rapport.application.AuditReading.correlatedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.rapport.gateway.messaging.CorrelationIds;
import io.rapport.infra.testkit.KeycloakAdmin;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Audit chains beyond a tenant's own doings: what platform staff do to a tenant is in the tenant's
 * chain and in the platform's, which platform staff read and verify and no tenant-admin sees; and a
 * chain rewritten in MongoDB by someone without the signing key, hashes and head recomputed, no
 * longer verifies. Each test onboards a tenant of its own, so that no other test writes its chain.
 */
class AuditChainsIT extends RapportIT {

  private static final KeycloakAdmin KEYCLOAK = new KeycloakAdmin(INFRA);

  @Test
  void platformStaffsChangesToATenantAreInItsChainAndThePlatformsAndNowhereElse() {
    String tenant = uniqueAlias();
    String onboarding = correlationId();
    String windowChange = correlationId();
    onboard(tenant, onboarding);
    setWindow(tenant, 48, windowChange);
    String patId = userId("pat.platform");
    String adminName = "tess." + tenant;
    String adminId = KEYCLOAK.addMember(tenant, adminName, "tenant-admin");
    AuditReading admin = new AuditReading(as(adminName));
    AuditReading pat = new AuditReading(as("pat.platform"));

    Map<String, Object> onboarded = admin.eventually(correlatedWith(onboarding), "?limit=200");
    Map<String, Object> windowSet = admin.eventually(correlatedWith(windowChange), "?limit=200");
    assertThat(onboarded)
        .containsEntry("type", "TenantOnboarded")
        .containsEntry("actorId", patId)
        .containsEntry("sequence", 1);
    assertThat(onboarded.get("roles"))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .contains("platform-admin");
    assertThat(windowSet)
        .containsEntry("type", "ThankYouWindowSet")
        .containsEntry("actorId", patId);
    assertThat(pat.eventually(correlatedWith(onboarding), "?type=TenantOnboarded&limit=200"))
        .containsEntry("actorId", patId)
        .containsEntry("summary", onboarded.get("summary"))
        .containsEntry("eventId", onboarded.get("eventId"));
    assertThat(pat.eventually(correlatedWith(windowChange), "?type=ThankYouWindowSet&limit=200"))
        .containsEntry("eventId", windowSet.get("eventId"));
    assertThat(admin.verify()).containsEntry("valid", true).containsEntry("unsignedEntries", 0);
    assertThat(pat.verify()).containsEntry("valid", true);

    // the platform's own entries, such as a request without a valid token, reach no tenant-admin
    String anonymous = correlationId();
    http.get()
        .uri("/api/v1/audit")
        .header(CorrelationIds.HEADER, anonymous)
        .exchange()
        .expectStatus()
        .isUnauthorized();
    pat.eventually(correlatedWith(anonymous), "?type=SECURITY&limit=200");
    // the tenant's chain: what pat did to it, and the admin's own registration as a person
    assertThat(admin.export(""))
        .allMatch(entry -> List.of(patId, adminId).contains(entry.get("actorId")))
        .extracting(entry -> entry.get("type"))
        .startsWith("TenantOnboarded", "ThankYouWindowSet");
    assertThat(new AuditReading(as("dan.admin")).items("?limit=200"))
        .noneMatch(correlatedWith(anonymous))
        .noneMatch(correlatedWith(onboarding))
        .noneMatch(correlatedWith(windowChange));
  }

  @Test
  void aChainRewrittenInMongoWithItsHashesAndHeadRecomputedIsFoundBroken() {
    String tenant = uniqueAlias();
    String last = correlationId();
    onboard(tenant, correlationId());
    setWindow(tenant, 48, correlationId());
    setWindow(tenant, 72, last);
    AuditReading admin = new AuditReading(as(tenantAdmin(tenant)));
    // the admin's first request registers them: that entry comes fourth, and nothing after it
    admin.eventually(entry -> "PersonRegistered".equals(entry.get("type")), "?limit=200");
    admin.eventually(correlatedWith(last), "?limit=200");
    assertThat(admin.verify()).containsEntry("valid", true).containsEntry("entries", 4);

    try (MongoClient mongo = MongoClients.create(INFRA.mongoUri())) {
      AuditForgery forgery = new AuditForgery(mongo.getDatabase("rapport"), tenant);

      forgery.rewrite(2, "Thank you window set (as it always was)");
      forgery.entries(); // the forged chain is consistent by its hashes alone
      Map<String, Object> rewritten = admin.verify();
      forgery.undo();
      assertThat(rewritten).containsEntry("valid", false).containsEntry("firstBrokenAt", 2);
      assertThat(admin.verify()).containsEntry("valid", true);

      forgery.cutLast();
      Map<String, Object> cut = admin.verify();
      forgery.undo();
      assertThat(cut)
          .containsEntry("valid", false)
          .containsEntry("entries", 3)
          .containsEntry("firstBrokenAt", 3);
      assertThat(admin.verify()).containsEntry("valid", true).containsEntry("entries", 4);
    }
  }

  private void onboard(String tenant, String correlationId) {
    as("pat.platform")
        .post()
        .uri("/api/v1/tenants")
        .header(CorrelationIds.HEADER, correlationId)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("tenantId", tenant, "name", "Audit " + tenant, "kind", "BOOTCAMP"))
        .exchange()
        .expectStatus()
        .isCreated();
  }

  private void setWindow(String tenant, int hours, String correlationId) {
    as("pat.platform")
        .put()
        .uri("/api/v1/tenants/{id}/thank-you-window", tenant)
        .header(CorrelationIds.HEADER, correlationId)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("hours", hours))
        .exchange()
        .expectStatus()
        .isNoContent();
  }

  /** A tenant-admin of the tenant, made in Keycloak. */
  private static String tenantAdmin(String tenant) {
    String username = "tess." + tenant;
    KEYCLOAK.addMember(tenant, username, "tenant-admin");
    return username;
  }

  private String userId(String user) {
    return (String)
        as(user)
            .get()
            .uri("/api/v1/me")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("userId");
  }

  private static String correlationId() {
    return "audit-it-" + UUID.randomUUID();
  }

  private static String uniqueAlias() {
    return "t-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
