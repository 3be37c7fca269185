package io.rapport.query.app.tenant;

import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import io.rapport.command.api.nudge.NudgePolicy;
import io.rapport.command.api.tenant.TenantOnboardedEvent;
import io.rapport.command.api.tenant.TenantSettingsChangedEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import io.rapport.query.app.store.AcrossTenants;
import io.rapport.query.app.store.ReadModelCollections;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantId;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Keeps each tenant with its policy, and the platform's index of tenants. */
@Component
@ProcessingGroup(TenantProjection.GROUP)
@ReadModelCollections({TenantDocuments.TENANTS, TenantDocuments.INDEX})
class TenantProjection {

  static final String GROUP = "tenants";

  private final ReadModelStore store;
  private final AcrossTenants acrossTenants;

  TenantProjection(ReadModelStore store, AcrossTenants acrossTenants) {
    this.store = store;
    this.acrossTenants = acrossTenants;
  }

  @EventHandler
  void on(TenantOnboardedEvent event, @Timestamp Instant at) {
    store
        .of(new TenantId(event.tenantId()))
        .upsert(
            TenantDocuments.TENANTS,
            event.tenantId(),
            combine(
                set("name", event.name()),
                set("kind", event.kind().name()),
                set("domain", event.domain()),
                set("thankYouWindowHours", event.thankYouWindowHours()),
                set("onboardedAt", Date.from(at))));
    acrossTenants.upsertPlatformDocument(
        TenantDocuments.INDEX,
        TenantDocuments.PLATFORM,
        addToSet(TenantDocuments.TENANT_IDS, event.tenantId()));
  }

  // a tenant's events arrive in order, so the last window set is the one kept
  @EventHandler
  void on(ThankYouWindowSetEvent event, @Timestamp Instant at) {
    store
        .of(new TenantId(event.tenantId()))
        .upsert(
            TenantDocuments.TENANTS,
            event.tenantId(),
            combine(
                set("thankYouWindowHours", event.hours()), set("policyChangedAt", Date.from(at))));
  }

  @EventHandler
  void on(TenantSettingsChangedEvent event, @Timestamp Instant at) {
    store
        .of(new TenantId(event.tenantId()))
        .upsert(
            TenantDocuments.TENANTS,
            event.tenantId(),
            combine(
                set("thankYouWindowHours", event.thankYouWindowHours()),
                set("defaultCadenceDays", event.defaultCadenceDays()),
                set("nudges", nudges(event.nudges())),
                set("policyChangedAt", Date.from(at))));
  }

  /** The tenant's nudges as a document; null before the tenant set them (the defaults). */
  private static Document nudges(NudgePolicy policy) {
    if (policy == null) {
      return null;
    }
    Document rules = new Document();
    if (policy.rules() != null) {
      policy.rules().forEach((rule, on) -> rules.put(rule.name(), on));
    }
    return new Document("rules", rules)
        .append("prepareHoursBefore", policy.prepareHoursBefore())
        .append("thankYouDueHoursBefore", policy.thankYouDueHoursBefore())
        .append("connectionFollowUpDays", policy.connectionFollowUpDays());
  }
}
