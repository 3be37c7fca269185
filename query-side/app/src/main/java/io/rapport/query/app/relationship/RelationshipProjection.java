package io.rapport.query.app.relationship;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import io.rapport.command.api.relationship.Contact;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.query.app.store.ProjectionWriter;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Keeps one document per relationship. */
@Component
@ProcessingGroup(RelationshipProjection.GROUP)
class RelationshipProjection {

  static final String GROUP = "relationships";

  private final ProjectionWriter writer;

  RelationshipProjection(ProjectionWriter writer) {
    this.writer = writer;
  }

  @EventHandler
  void on(
      RelationshipStartedEvent event,
      @MetaDataValue("tenantId") String tenantId,
      @Timestamp Instant at) {
    Contact contact = event.contact();
    writer.upsert(
        RelationshipDocument.COLLECTION,
        event.relationshipId(),
        combine(
            setOnInsert("tenantId", tenantId),
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
            set("startedAt", Date.from(at))));
  }
}
