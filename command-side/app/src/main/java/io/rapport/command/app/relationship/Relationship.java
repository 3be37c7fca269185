package io.rapport.command.app.relationship;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.rapport.command.api.privacy.ContactPersonalDataErasedEvent;
import io.rapport.command.api.relationship.AcceptConnectionCommand;
import io.rapport.command.api.relationship.CadenceSetEvent;
import io.rapport.command.api.relationship.ConnectionAcceptedEvent;
import io.rapport.command.api.relationship.ConnectionRequestedEvent;
import io.rapport.command.api.relationship.LogTouchpointCommand;
import io.rapport.command.api.relationship.OfferReciprocityCommand;
import io.rapport.command.api.relationship.OutcomeRecordedEvent;
import io.rapport.command.api.relationship.ReciprocityOfferedEvent;
import io.rapport.command.api.relationship.RecordOutcomeCommand;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.command.api.relationship.RequestConnectionCommand;
import io.rapport.command.api.relationship.SetCadenceCommand;
import io.rapport.command.api.relationship.StartRelationshipCommand;
import io.rapport.command.api.relationship.TouchpointLoggedEvent;
import io.rapport.command.app.shared.Inputs;
import io.rapport.command.app.shared.Owner;
import io.rapport.command.app.shared.Refusals;
import io.rapport.command.app.store.AggregateCacheConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/** One student's relationship with one contact. */
@Aggregate(cache = AggregateCacheConfiguration.RELATIONSHIP_CACHE)
public class Relationship {

  @AggregateIdentifier private String relationshipId;
  private String studentId;
  private Owner owner;
  private boolean connectionRequested;
  private boolean connected;

  Relationship() {
    // for Axon
  }

  @CommandHandler
  Relationship(StartRelationshipCommand command, MetaData metaData, DefaultCadence cadence) {
    Owner.of(metaData, command.studentId());
    apply(
        new RelationshipStartedEvent(
            command.relationshipId(),
            command.studentId(),
            command.contact(),
            command.howWeMet(),
            cadence.daysFor(Owner.tenantOf(metaData))));
  }

  @CommandHandlerInterceptor
  Object onlyItsStudent(CommandMessage<?> command, InterceptorChain chain) throws Exception {
    ensureActingStudent(command.getMetaData());
    return chain.proceed();
  }

  /** Refuses, as not found, a message that does not come from this relationship's student. */
  public void ensureActingStudent(MetaData metaData) {
    if (!owner.isActingStudent(metaData)) {
      throw Refusals.notVisible("relationship");
    }
  }

  /**
   * Erases the contact's personal data: allowed to the relationship's student and to the tenant's
   * admins. The caller deletes the contact's key in the same transaction.
   */
  public void eraseContact(MetaData metaData) {
    if (!owner.isActingStudent(metaData) && !owner.isTenantAdmin(metaData)) {
      throw Refusals.notVisible("relationship");
    }
    apply(new ContactPersonalDataErasedEvent(relationshipId, studentId));
  }

  /** A request may be sent again while the contact has not accepted. */
  @CommandHandler
  void handle(RequestConnectionCommand command) {
    ensureNotConnected();
    apply(
        new ConnectionRequestedEvent(
            relationshipId,
            studentId,
            Inputs.required("platform", command.platform()),
            Inputs.text("message", command.message())));
  }

  @CommandHandler
  void handle(AcceptConnectionCommand command) {
    ensureNotConnected();
    if (!connectionRequested) {
      throw Refusals.conflict(
          "connection-not-requested", "A connection is accepted after it was requested.");
    }
    apply(
        new ConnectionAcceptedEvent(
            relationshipId, studentId, Inputs.notInFuture("acceptedAt", command.acceptedAt())));
  }

  @CommandHandler
  void handle(OfferReciprocityCommand command) {
    apply(
        new ReciprocityOfferedEvent(
            relationshipId, studentId, Inputs.text("offer", command.offer())));
  }

  @CommandHandler
  void handle(LogTouchpointCommand command) {
    apply(
        new TouchpointLoggedEvent(
            relationshipId,
            studentId,
            command.touchpointId(),
            Inputs.required("kind", command.kind()),
            command.note(),
            Inputs.notInFuture("at", command.at())));
  }

  @CommandHandler
  void handle(SetCadenceCommand command) {
    Cadence cadence = new Cadence(command.everyDays());
    apply(new CadenceSetEvent(relationshipId, studentId, cadence.everyDays()));
  }

  @CommandHandler
  void handle(RecordOutcomeCommand command) {
    apply(
        new OutcomeRecordedEvent(
            relationshipId,
            studentId,
            command.outcomeId(),
            Inputs.required("kind", command.kind()),
            command.note(),
            Inputs.notInFuture("at", command.at())));
  }

  @EventSourcingHandler
  void on(RelationshipStartedEvent event, MetaData metaData) {
    relationshipId = event.relationshipId();
    studentId = event.studentId();
    owner = Owner.of(metaData, event.studentId());
  }

  @EventSourcingHandler
  void on(ConnectionRequestedEvent event) {
    connectionRequested = true;
  }

  @EventSourcingHandler
  void on(ConnectionAcceptedEvent event) {
    connected = true;
  }

  private void ensureNotConnected() {
    if (connected) {
      throw Refusals.conflict("already-connected", "The contact has accepted the connection.");
    }
  }
}
