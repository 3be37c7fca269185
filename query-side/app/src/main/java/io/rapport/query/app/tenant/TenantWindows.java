package io.rapport.query.app.tenant;

import io.rapport.query.app.store.TenantCollections;
import java.time.Duration;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The tenant's thank-you window as its read model holds it (one key lookup), so that "due" and
 * "overdue" mean what the domain decided for that tenant; 24 hours where the tenant set none.
 */
@Component
public class TenantWindows {

  /** The window within which a thank-you is on time in the tenant. */
  public Mono<Duration> thankYouWindow(TenantCollections tenant) {
    return tenant
        .byId(TenantDocuments.TENANTS, tenant.tenant().value())
        .map(doc -> doc.getInteger("thankYouWindowHours", 0))
        .filter(hours -> hours > 0)
        .map(hours -> Duration.ofHours(hours))
        .defaultIfEmpty(ThankYouWindows.DEFAULT);
  }
}
