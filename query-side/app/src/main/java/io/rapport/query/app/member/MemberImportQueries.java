package io.rapport.query.app.member;

import io.rapport.query.api.member.FindMemberImportQuery;
import io.rapport.query.api.member.MemberImportView;
import io.rapport.query.app.access.Viewings;
import io.rapport.query.app.store.TenantCollections;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * An import of the viewer's tenant, for its tenant-admins. An import that made no progress for
 * {@link #STALLED_AFTER} was interrupted (its node stopped): it shows as failed, and importing the
 * same file again finishes it, as the rows already imported stay unchanged.
 */
@Component
class MemberImportQueries {

  /** Longer than any pause between two progress reports of a running import. */
  static final Duration STALLED_AFTER = Duration.ofMinutes(2);

  private final Viewings viewings;
  private final Clock clock;

  MemberImportQueries(Viewings viewings, Clock clock) {
    this.viewings = viewings;
    this.clock = clock;
  }

  @QueryHandler
  CompletableFuture<MemberImportView> handle(FindMemberImportQuery query, MetaData metaData) {
    var viewing = viewings.of(metaData);
    if (query.importId() == null || !viewing.viewer().roles().contains("tenant-admin")) {
      return CompletableFuture.completedFuture(null);
    }
    TenantCollections tenant = viewing.collections();
    return tenant
        .byId(MemberImportProjection.IMPORTS, tenant.tenant().key(query.importId()))
        .map(doc -> view(doc, clock.instant()))
        .toFuture();
  }

  static MemberImportView view(Document doc, Instant now) {
    boolean finished = doc.getBoolean("finished", false);
    Date progressAt = doc.getDate("progressAt");
    boolean stalled =
        !finished && progressAt != null && progressAt.toInstant().plus(STALLED_AFTER).isBefore(now);
    List<MemberImportView.RowError> errors =
        doc.getList("errors", Document.class, List.of()).stream()
            .map(
                error ->
                    new MemberImportView.RowError(
                        error.getInteger("row", 0),
                        error.getString("field"),
                        error.getString("message")))
            .sorted(Comparator.comparingInt(MemberImportView.RowError::row))
            .toList();
    return new MemberImportView(
        doc.getString("importId"),
        doc.getBoolean("dryRun", false),
        finished ? "DONE" : stalled ? "FAILED" : "RUNNING",
        doc.getInteger("rows", 0),
        doc.getInteger("created", 0),
        doc.getInteger("updated", 0),
        doc.getInteger("unchanged", 0),
        doc.getInteger("failed", 0),
        errors);
  }
}
