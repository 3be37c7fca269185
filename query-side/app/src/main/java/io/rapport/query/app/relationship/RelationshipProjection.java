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
import io.rapport.query.app.access.TenantId;
import io.rapport.query.app.store.ProjectionWriter;
import io.rapport.query.app.store.Scrubber;
import io.rapport.query.app.student.StudentDocument;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
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

  private final ProjectionWriter writer;
  private final Scrubber scrubber;

  RelationshipProjection(ProjectionWriter writer, Scrubber scrubber) {
    this.writer = writer;
    this.scrubber = scrubber;
  }

  @EventHandler
  void on(ContactPersonalDataErasedEvent event, @MetaDataValue("tenantId") String tenantId) {
    scrubber.scrub(
        RelationshipDocument.COLLECTION,
        new TenantId(tenantId),
        eq("_id", event.relationshipId()),
        PERSONAL);
  }

  @EventHandler
  void on(StudentPersonalDataErasedEvent event, @MetaDataValue("tenantId") String tenantId) {
    scrubber.scrub(
        RelationshipDocument.COLLECTION,
        new TenantId(tenantId),
        eq("studentId", event.studentId()),
        PERSONAL);
  }

  /** Before a rebuild: the relationships, and the students' lists of them, in every tenant. */
  @ResetHandler
  void reset() {
    writer.clear(RelationshipDocument.COLLECTION);
    writer.unsetEverywhere(StudentDocument.COLLECTION, StudentDocument.RELATIONSHIPS);
  }

  @EventHandler
  void on(
      RelationshipStartedEvent event,
      @MetaDataValue("tenantId") String tenantId,
      @Timestamp Instant at) {
    Contact contact = event.contact();
    relationship(
        event.relationshipId(),
        tenantId,
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
        set("startedAt", Date.from(at)));
    writer.upsert(
        StudentDocument.COLLECTION,
        StudentDocument.key(new TenantId(tenantId), event.studentId()),
        combine(
            setOnInsert("tenantId", tenantId),
            addToSet(StudentDocument.RELATIONSHIPS, event.relationshipId()),
            max(StudentDocument.LAST_ACTIVITY, Date.from(at))));
  }

  @EventHandler
  void on(
      ConnectionRequestedEvent event,
      @MetaDataValue("tenantId") String tenantId,
      @Timestamp Instant at) {
    relationship(
        event.relationshipId(),
        tenantId,
        set("connection.platform", event.platform().name()),
        set("connection.message", event.message()),
        set("connection.requestedAt", Date.from(at)));
  }

  @EventHandler
  void on(ConnectionAcceptedEvent event, @MetaDataValue("tenantId") String tenantId) {
    relationship(
        event.relationshipId(),
        tenantId,
        set("connection.acceptedAt", Date.from(event.acceptedAt())));
  }

  @EventHandler
  void on(
      ReciprocityOfferedEvent event,
      EventMessage<?> message,
      @MetaDataValue("tenantId") String tenantId) {
    relationship(
        event.relationshipId(),
        tenantId,
        set(
            "reciprocityOffers." + message.getIdentifier(),
            new Document("offer", event.offer()).append("at", Date.from(message.getTimestamp()))));
  }

  @EventHandler
  void on(TouchpointLoggedEvent event, @MetaDataValue("tenantId") String tenantId) {
    relationship(event.relationshipId(), tenantId, max("lastContactAt", Date.from(event.at())));
  }

  @EventHandler
  void on(MeetingLoggedEvent event, @MetaDataValue("tenantId") String tenantId) {
    relationship(event.relationshipId(), tenantId, max("lastContactAt", Date.from(event.heldAt())));
  }

  @EventHandler
  void on(CadenceSetEvent event, @MetaDataValue("tenantId") String tenantId) {
    relationship(event.relationshipId(), tenantId, set("cadenceDays", event.everyDays()));
  }

  @EventHandler
  void on(OutcomeRecordedEvent event, @MetaDataValue("tenantId") String tenantId) {
    relationship(
        event.relationshipId(),
        tenantId,
        set(
            "outcomes." + event.outcomeId(),
            new Document("kind", event.kind().name())
                .append("note", event.note())
                .append("at", Date.from(event.at()))));
  }

  private void relationship(String relationshipId, String tenantId, Bson... updates) {
    Bson[] all = new Bson[updates.length + 1];
    all[0] = setOnInsert("tenantId", tenantId);
    System.arraycopy(updates, 0, all, 1, updates.length);
    writer.upsert(RelationshipDocument.COLLECTION, relationshipId, combine(all));
  }
}
