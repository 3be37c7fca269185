package io.rapport.query.app.tenant;

import io.rapport.query.api.member.FetchTenantSettingsQuery;
import io.rapport.query.api.member.NudgeSettingsView;
import io.rapport.query.api.member.TenantSettingsView;
import io.rapport.query.app.access.Viewings;
import io.rapport.query.app.store.TenantCollections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** A tenant's own settings for its tenant-admins: the defaults where it set none. */
@Component
class TenantSettingsQueries {

  static final int DEFAULT_CADENCE_DAYS = 90;

  /** The nudge rules, in the product's order. */
  static final List<String> RULES =
      List.of(
          "PREPARE_FOR_CHAT",
          "THANK_YOU_DUE",
          "THANK_YOU_OVERDUE",
          "TOUCHPOINT_DUE",
          "CONNECTION_FOLLOW_UP",
          "COACH_WEEKLY_DIGEST");

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
                    doc.getInteger("defaultCadenceDays", DEFAULT_CADENCE_DAYS),
                    nudges(doc.get("nudges", Document.class))))
        .defaultIfEmpty(
            new TenantSettingsView(
                (int) ThankYouWindows.DEFAULT.toHours(), DEFAULT_CADENCE_DAYS, nudges(null)))
        .toFuture();
  }

  /** The tenant's nudges: every rule on, 24 hours, 6 hours, 14 days where it set nothing. */
  static NudgeSettingsView nudges(Document stored) {
    Document rules = stored == null ? null : stored.get("rules", Document.class);
    Map<String, Boolean> on = new LinkedHashMap<>();
    for (String rule : RULES) {
      on.put(rule, rules == null || !Boolean.FALSE.equals(rules.get(rule)));
    }
    return new NudgeSettingsView(
        on,
        stored == null ? 24 : stored.getInteger("prepareHoursBefore", 24),
        stored == null ? 6 : stored.getInteger("thankYouDueHoursBefore", 6),
        stored == null ? 14 : stored.getInteger("connectionFollowUpDays", 14));
  }
}
