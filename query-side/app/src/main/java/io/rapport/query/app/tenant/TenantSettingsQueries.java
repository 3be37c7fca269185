package io.rapport.query.app.tenant;

import io.rapport.query.api.member.FetchTenantSettingsQuery;
import io.rapport.query.api.member.TenantSettingsView;
import io.rapport.query.app.access.Viewings;
import io.rapport.query.app.store.TenantCollections;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** A tenant's own settings for its tenant-admins: the defaults where it set none. */
@Component
class TenantSettingsQueries {

  static final int DEFAULT_CADENCE_DAYS = 90;

  private final Viewings viewings;

  TenantSettingsQueries(Viewings viewings) {
    this.viewings = viewings;
  }

  @QueryHandler
  CompletableFuture<TenantSettingsView> handle(FetchTenantSettingsQuery query, MetaData metaData) {
    var viewing = viewings.of(metaData);
    if (!viewing.viewer().roles().contains("tenant-admin")) {
      return CompletableFuture.completedFuture(null);
    }
    TenantCollections tenant = viewing.collections();
    return tenant
        .byId(TenantDocuments.TENANTS, tenant.tenant().value())
        .map(
            doc ->
                new TenantSettingsView(
                    doc.getInteger("thankYouWindowHours", (int) ThankYouWindows.DEFAULT.toHours()),
                    doc.getInteger("defaultCadenceDays", DEFAULT_CADENCE_DAYS)))
        .defaultIfEmpty(
            new TenantSettingsView((int) ThankYouWindows.DEFAULT.toHours(), DEFAULT_CADENCE_DAYS))
        .toFuture();
  }
}
