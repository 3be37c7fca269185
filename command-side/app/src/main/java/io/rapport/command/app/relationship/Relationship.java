package io.rapport.command.app.relationship;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.command.api.relationship.StartRelationshipCommand;
import io.rapport.command.app.shared.Owner;
import io.rapport.command.app.shared.Refusals;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/** One student's relationship with one contact. */
@Aggregate
public class Relationship {

  static final int DEFAULT_CADENCE_DAYS = 90;

  @AggregateIdentifier private String relationshipId;
  private Owner owner;

  Relationship() {
    // for Axon
  }

  @CommandHandler
  Relationship(StartRelationshipCommand command, MetaData metaData) {
    Owner.of(metaData, command.studentId());
    apply(
        new RelationshipStartedEvent(
            command.relationshipId(),
            command.studentId(),
            command.contact(),
            command.howWeMet(),
            DEFAULT_CADENCE_DAYS));
  }

  @CommandHandlerInterceptor
  Object onlyItsStudent(CommandMessage<?> command, InterceptorChain chain) throws Exception {
    ensureActingStudent(command.getMetaData());
    return chain.proceed();
  }

  /** Refuses, as not found, a message that does not come from this relationship's student. */
  public void ensureActingStudent(MetaData metaData) {
    if (!owner.isActingStudent(metaData)) {
      throw Refusals.notFound("relationship");
    }
  }

  @EventSourcingHandler
  void on(RelationshipStartedEvent event, MetaData metaData) {
    relationshipId = event.relationshipId();
    owner = Owner.of(metaData, event.studentId());
  }
}
