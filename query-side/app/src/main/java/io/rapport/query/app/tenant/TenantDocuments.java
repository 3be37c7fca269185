package io.rapport.query.app.tenant;

import io.rapport.query.api.tenant.TenantView;
import io.rapport.query.app.store.TenantId;
import java.util.Date;
import org.bson.Document;

/**
 * Where tenants live: one document per tenant ({@code tenants}, keyed by tenant id, carrying its
 * {@code tenantId} like every read-model document), and one platform-wide index of tenant ids
 * ({@code tenant_index}, keyed {@value #PLATFORM}), so that listing them is two key lookups.
 */
final class TenantDocuments {

  static final String TENANTS = "tenants";
  static final String INDEX = "tenant_index";
  static final String PLATFORM = "platform";
  static final String TENANT_IDS = "tenantIds";

  private TenantDocuments() {}

  static TenantView toView(Document doc) {
    Date onboardedAt = doc.getDate("onboardedAt");
    return new TenantView(
        doc.getString(TenantId.KEY),
        doc.getString("name"),
        doc.getString("kind"),
        doc.getString("domain"),
        doc.getInteger("thankYouWindowHours", 0),
        onboardedAt == null ? null : onboardedAt.toInstant(),
        true);
  }
}
