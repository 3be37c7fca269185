package io.rapport.query.app.tenant;

import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import io.rapport.command.api.tenant.TenantOnboardedEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import io.rapport.query.app.store.ProjectionWriter;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps each tenant with its policy, and the platform's index of tenants. */
@Component
@ProcessingGroup(TenantProjection.GROUP)
class TenantProjection {

  static final String GROUP = "tenants";

  private final ProjectionWriter writer;

  TenantProjection(ProjectionWriter writer) {
    this.writer = writer;
  }

  /** Before a rebuild: every tenant and the index. */
  @ResetHandler
  void reset() {
    writer.clear(TenantDocuments.TENANTS, TenantDocuments.INDEX);
  }

  @EventHandler
  void on(TenantOnboardedEvent event, @Timestamp Instant at) {
    writer.upsert(
        TenantDocuments.TENANTS,
        event.tenantId(),
        combine(
            setOnInsert("tenantId", event.tenantId()),
            set("name", event.name()),
            set("kind", event.kind().name()),
            set("domain", event.domain()),
            set("thankYouWindowHours", event.thankYouWindowHours()),
            set("onboardedAt", Date.from(at))));
    writer.upsert(
        TenantDocuments.INDEX,
        TenantDocuments.PLATFORM,
        addToSet(TenantDocuments.TENANT_IDS, event.tenantId()));
  }

  // a tenant's events arrive in order, so the last window set is the one kept
  @EventHandler
  void on(ThankYouWindowSetEvent event, @Timestamp Instant at) {
    writer.upsert(
        TenantDocuments.TENANTS,
        event.tenantId(),
        combine(
            setOnInsert("tenantId", event.tenantId()),
            set("thankYouWindowHours", event.hours()),
            set("policyChangedAt", Date.from(at))));
  }
}
