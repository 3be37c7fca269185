package io.rapport.query.app.member;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import com.mongodb.client.model.Updates;
import io.rapport.command.api.member.MemberImportProgressedEvent;
import io.rapport.command.api.member.MemberImportStartedEvent;
import io.rapport.command.api.member.RowFailure;
import io.rapport.query.app.store.ReadModelCollections;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantCollections;
import io.rapport.query.app.store.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Keeps each import of a roster ({@code member_imports}, keyed {@code tenant|import}): its rows,
 * its counts, the rows that failed (the first {@value #MOST_ERRORS}), whether it finished, and when
 * it last made progress. A failed row is added once however often its event is delivered.
 */
@Component
@ProcessingGroup(MemberImportProjection.GROUP)
@ReadModelCollections(MemberImportProjection.IMPORTS)
class MemberImportProjection {

  static final String GROUP = "member-imports";
  static final String IMPORTS = "member_imports";
  static final int MOST_ERRORS = 1_000;

  private final ReadModelStore store;

  MemberImportProjection(ReadModelStore store) {
    this.store = store;
  }

  @EventHandler
  void on(MemberImportStartedEvent event, EventMessage<?> message, @Timestamp Instant at) {
    TenantCollections tenant = store.of(TenantId.of(message));
    tenant.upsert(
        IMPORTS,
        tenant.tenant().key(event.importId()),
        combine(
            setOnInsert("importId", event.importId()),
            set("rows", event.rows()),
            set("dryRun", event.dryRun()),
            set("startedAt", Date.from(at)),
            set("progressAt", Date.from(at))));
  }

  @EventHandler
  void on(MemberImportProgressedEvent event, EventMessage<?> message, @Timestamp Instant at) {
    TenantCollections tenant = store.of(TenantId.of(message));
    List<Bson> updates = new ArrayList<>();
    updates.add(set("created", event.counts().created()));
    updates.add(set("updated", event.counts().updated()));
    updates.add(set("unchanged", event.counts().unchanged()));
    updates.add(set("failed", event.counts().failed()));
    updates.add(set("finished", event.finished()));
    updates.add(set("progressAt", Date.from(at)));
    List<Document> errors =
        event.failures().stream().limit(MOST_ERRORS).map(MemberImportProjection::error).toList();
    if (!errors.isEmpty()) {
      updates.add(Updates.addEachToSet("errors", errors));
    }
    tenant.upsert(IMPORTS, tenant.tenant().key(event.importId()), combine(updates));
  }

  private static Document error(RowFailure failure) {
    return new Document("row", failure.row())
        .append("field", failure.field())
        .append("message", failure.message());
  }
}
