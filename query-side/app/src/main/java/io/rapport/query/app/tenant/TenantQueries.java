package io.rapport.query.app.tenant;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.reactivestreams.client.MongoDatabase;
import io.rapport.command.api.Stamp;
import io.rapport.query.api.tenant.FetchTenantsQuery;
import io.rapport.query.api.tenant.FindTenantQuery;
import io.rapport.query.api.tenant.TenantList;
import io.rapport.query.api.tenant.TenantView;
import io.rapport.query.app.student.ThankYouWindows;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers platform staff with key lookups: the index, then the tenants it names. Anyone else gets
 * nothing, as if there were no tenants; the edge lets no one else ask.
 */
@Component
class TenantQueries {

  static final String PLATFORM_ADMIN = "platform-admin";

  private final MongoDatabase database;

  TenantQueries(MongoDatabase database) {
    this.database = database;
  }

  @QueryHandler
  CompletableFuture<TenantList> handle(FetchTenantsQuery query, MetaData metaData) {
    int defaultHours = (int) ThankYouWindows.DEFAULT.toHours();
    if (!isPlatformStaff(metaData)) {
      return CompletableFuture.completedFuture(new TenantList(List.of(), defaultHours));
    }
    return Mono.from(
            database
                .getCollection(TenantDocuments.INDEX)
                .find(eq("_id", TenantDocuments.PLATFORM))
                .first())
        .map(index -> index.getList(TenantDocuments.TENANT_IDS, String.class, List.of()))
        .defaultIfEmpty(List.of())
        .flatMapMany(
            ids ->
                ids.isEmpty()
                    ? Flux.<Document>empty()
                    : Flux.from(
                        database.getCollection(TenantDocuments.TENANTS).find(in("_id", ids))))
        .map(TenantDocuments::toView)
        .collectSortedList(Comparator.comparing(TenantView::tenantId))
        .map(items -> new TenantList(items, defaultHours))
        .toFuture();
  }

  /** The tenant, or nothing when it was not onboarded through Rapport. */
  @QueryHandler
  CompletableFuture<TenantView> handle(FindTenantQuery query, MetaData metaData) {
    if (!isPlatformStaff(metaData) || query.tenantId() == null) {
      return CompletableFuture.completedFuture(null);
    }
    return Mono.from(
            database
                .getCollection(TenantDocuments.TENANTS)
                .find(and(eq("_id", query.tenantId()), eq("tenantId", query.tenantId())))
                .first())
        .map(TenantDocuments::toView)
        .toFuture();
  }

  private static boolean isPlatformStaff(MetaData metaData) {
    return metaData.get(Stamp.ROLES.key()) instanceof Collection<?> roles
        && roles.contains(PLATFORM_ADMIN);
  }
}
