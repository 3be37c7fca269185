package io.rapport.command.app.member;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.rapport.command.api.member.MemberImportProgressedEvent;
import io.rapport.command.api.member.MemberImportStartedEvent;
import io.rapport.command.api.member.RecordImportProgressCommand;
import io.rapport.command.api.member.StartMemberImportCommand;
import io.rapport.command.app.shared.Owner;
import io.rapport.command.app.shared.Refusals;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One import of a roster: how many rows it has, and its progress as the edge works through them. It
 * ends once; progress after the end is refused.
 */
@Aggregate
public class MemberImport {

  static final int MOST_ROWS = 50_000;

  @AggregateIdentifier private String importId;
  private String tenantId;
  private int rows;
  private boolean finished;

  MemberImport() {
    // for Axon
  }

  @CommandHandler
  MemberImport(StartMemberImportCommand command, MetaData metaData) {
    Owner.tenantOf(metaData);
    if (!Member.isTenantAdmin(metaData)) {
      throw Refusals.notVisible("import");
    }
    if (command.rows() < 0 || command.rows() > MOST_ROWS) {
      throw Refusals.invalid("rows", "A roster has at most 50000 rows.");
    }
    apply(new MemberImportStartedEvent(command.importId(), command.rows(), command.dryRun()));
  }

  @CommandHandler
  void handle(RecordImportProgressCommand command, MetaData metaData) {
    if (!Objects.equals(tenantId, Owner.tenantOf(metaData))) {
      throw Refusals.notVisible("import");
    }
    if (finished) {
      throw Refusals.conflict("import-finished", "This import has finished.");
    }
    if (command.counts().done() > rows) {
      throw Refusals.invalid("counts", "An import handles no more rows than it has.");
    }
    apply(
        new MemberImportProgressedEvent(
            importId,
            command.counts(),
            command.failures() == null ? List.of() : List.copyOf(command.failures()),
            command.finished()));
  }

  @EventSourcingHandler
  void on(MemberImportStartedEvent event, MetaData metaData) {
    importId = event.importId();
    tenantId = Owner.tenantOf(metaData);
    rows = event.rows();
  }

  @EventSourcingHandler
  void on(MemberImportProgressedEvent event) {
    finished = event.finished();
  }
}
