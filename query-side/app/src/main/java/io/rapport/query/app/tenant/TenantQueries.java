package io.rapport.query.app.tenant;

import io.rapport.command.api.Stamp;
import io.rapport.query.api.tenant.FetchTenantsQuery;
import io.rapport.query.api.tenant.FindTenantQuery;
import io.rapport.query.api.tenant.TenantList;
import io.rapport.query.api.tenant.TenantView;
import io.rapport.query.app.store.AcrossTenants;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers platform staff with key lookups across tenants: the index, then the tenants it names.
 * Anyone else gets nothing, as if there were no tenants; the edge lets no one else ask.
 */
@Component
class TenantQueries {

  static final String PLATFORM_ADMIN = "platform-admin";

  private final ReadModelStore store;
  private final AcrossTenants acrossTenants;

  TenantQueries(ReadModelStore store, AcrossTenants acrossTenants) {
    this.store = store;
    this.acrossTenants = acrossTenants;
  }

  @QueryHandler
  CompletableFuture<TenantList> handle(FetchTenantsQuery query, MetaData metaData) {
    int defaultHours = (int) ThankYouWindows.DEFAULT.toHours();
    if (!isPlatformStaff(metaData)) {
      return CompletableFuture.completedFuture(new TenantList(List.of(), defaultHours));
    }
    return acrossTenants
        .byKey(TenantDocuments.INDEX, TenantDocuments.PLATFORM)
        .map(index -> index.getList(TenantDocuments.TENANT_IDS, String.class, List.of()))
        .defaultIfEmpty(List.of())
        .flatMap(ids -> acrossTenants.byKeys(TenantDocuments.TENANTS, ids))
        .flatMapIterable(tenants -> tenants)
        .map(TenantDocuments::toView)
        .collectSortedList(Comparator.comparing(TenantView::tenantId))
        .map(items -> new TenantList(items, defaultHours))
        .toFuture();
  }

  /** The tenant, or nothing when it was not onboarded through Rapport. */
  @QueryHandler
  CompletableFuture<TenantView> handle(FindTenantQuery query, MetaData metaData) {
    if (!isPlatformStaff(metaData) || query.tenantId() == null || query.tenantId().isBlank()) {
      return CompletableFuture.completedFuture(null);
    }
    return store
        .of(new TenantId(query.tenantId()))
        .byId(TenantDocuments.TENANTS, query.tenantId())
        // a tenant set up in the identity provider has settings of its own, but no onboarding
        .filter(doc -> doc.containsKey("onboardedAt"))
        .map(TenantDocuments::toView)
        .toFuture();
  }

  private static boolean isPlatformStaff(MetaData metaData) {
    return metaData.get(Stamp.ROLES.key()) instanceof Collection<?> roles
        && roles.contains(PLATFORM_ADMIN);
  }
}
