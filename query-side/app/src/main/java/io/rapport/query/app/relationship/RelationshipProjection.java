package io.rapport.query.app.relationship;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.max;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import io.rapport.command.api.chat.MeetingLoggedEvent;
import io.rapport.command.api.privacy.ContactPersonalDataErasedEvent;
import io.rapport.command.api.privacy.StudentPersonalDataErasedEvent;
import io.rapport.command.api.relationship.CadenceSetEvent;
import io.rapport.command.api.relationship.ConnectionAcceptedEvent;
import io.rapport.command.api.relationship.ConnectionRequestedEvent;
import io.rapport.command.api.relationship.Contact;
import io.rapport.command.api.relationship.OutcomeRecordedEvent;
import io.rapport.command.api.relationship.ReciprocityOfferedEvent;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.command.api.relationship.TouchpointLoggedEvent;
import io.rapport.query.app.store.ReadModelCollections;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantCollections;
import io.rapport.query.app.store.TenantId;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Keeps one document per relationship, and the student's set of relationship ids. The last contact
 * is the latest of the meetings held and the touchpoints logged ({@code $max}, so the order in
 * which chats and relationships are projected does not matter).
 */
@Component
@ProcessingGroup(RelationshipProjection.GROUP)
@ReadModelCollections({RelationshipDocument.COLLECTION, StudentRelationships.COLLECTION})
class RelationshipProjection {

  static final String GROUP = "relationships";

  /** What a relationship's document says about its contact. */
  static final List<String> PERSONAL =
      List.of(
          "contact.name",
          "contact.company",
          "contact.role",
          "contact.email",
          "contact.profileUrl",
          "howWeMet",
          "connection.message",
          "reciprocityOffers.*.offer",
          "outcomes.*.note");

  private final ReadModelStore store;
  private final ContactNameCache names;

  RelationshipProjection(ReadModelStore store, ContactNameCache names) {
    this.store = store;
    this.names = names;
  }

  @EventHandler
  void on(ContactPersonalDataErasedEvent event, EventMessage<?> message) {
    // this node's names forget the contact no later than the read model does (other nodes hear
    // of it through their ContactNameFeed)
    names.eraseContact(TenantId.of(message), event.relationshipId());
    tenantOf(message)
        .scrub(RelationshipDocument.COLLECTION, eq("_id", event.relationshipId()), PERSONAL);
  }

  @EventHandler
  void on(StudentPersonalDataErasedEvent event, EventMessage<?> message) {
    names.eraseStudent(TenantId.of(message), event.studentId());
    tenantOf(message)
        .scrub(RelationshipDocument.COLLECTION, eq("studentId", event.studentId()), PERSONAL);
  }

  @EventHandler
  void on(RelationshipStartedEvent event, EventMessage<?> message) {
    Contact contact = event.contact();
    relationship(
        event.relationshipId(),
        message,
        set("studentId", event.studentId()),
        set(
            "contact",
            new Document("name", contact.name())
                .append("company", contact.company())
                .append("role", contact.role())
                .append("email", contact.email())
                .append("profileUrl", contact.profileUrl())),
        set("howWeMet", event.howWeMet()),
        set("cadenceDays", event.cadenceDays()),
        set("startedAt", Date.from(message.getTimestamp())));
    TenantCollections tenant = tenantOf(message);
    tenant.upsert(
        StudentRelationships.COLLECTION,
        tenant.tenant().key(event.studentId()),
        combine(
            setOnInsert(StudentRelationships.STUDENT, event.studentId()),
            addToSet(StudentRelationships.IDS, event.relationshipId()),
            max(StudentRelationships.LAST_ACTIVITY, Date.from(message.getTimestamp()))));
  }

  @EventHandler
  void on(ConnectionRequestedEvent event, EventMessage<?> message) {
    relationship(
        event.relationshipId(),
        message,
        set("connection.platform", event.platform().name()),
        set("connection.message", event.message()),
        set("connection.requestedAt", Date.from(message.getTimestamp())));
  }

  @EventHandler
  void on(ConnectionAcceptedEvent event, EventMessage<?> message) {
    relationship(
        event.relationshipId(),
        message,
        set("connection.acceptedAt", Date.from(event.acceptedAt())));
  }

  @EventHandler
  void on(ReciprocityOfferedEvent event, EventMessage<?> message) {
    relationship(
        event.relationshipId(),
        message,
        set(
            "reciprocityOffers." + message.getIdentifier(),
            new Document("offer", event.offer()).append("at", Date.from(message.getTimestamp()))));
  }

  @EventHandler
  void on(TouchpointLoggedEvent event, EventMessage<?> message) {
    relationship(event.relationshipId(), message, max("lastContactAt", Date.from(event.at())));
  }

  @EventHandler
  void on(MeetingLoggedEvent event, EventMessage<?> message) {
    relationship(event.relationshipId(), message, max("lastContactAt", Date.from(event.heldAt())));
  }

  @EventHandler
  void on(CadenceSetEvent event, EventMessage<?> message) {
    relationship(event.relationshipId(), message, set("cadenceDays", event.everyDays()));
  }

  @EventHandler
  void on(OutcomeRecordedEvent event, EventMessage<?> message) {
    relationship(
        event.relationshipId(),
        message,
        set(
            "outcomes." + event.outcomeId(),
            new Document("kind", event.kind().name())
                .append("note", event.note())
                .append("at", Date.from(event.at()))));
  }

  private void relationship(String relationshipId, EventMessage<?> message, Bson... updates) {
    tenantOf(message).upsert(RelationshipDocument.COLLECTION, relationshipId, combine(updates));
  }

  private TenantCollections tenantOf(EventMessage<?> message) {
    return store.of(TenantId.of(message));
  }
}
