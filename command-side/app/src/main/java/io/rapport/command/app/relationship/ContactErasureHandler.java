package io.rapport.command.app.relationship;

import io.rapport.command.api.privacy.EraseContactPersonalDataCommand;
import io.rapport.command.app.privacy.Erasure;
import io.rapport.command.app.privacy.Subject;
import io.rapport.command.app.privacy.SubjectKeys;
import io.rapport.command.app.shared.Refusals;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Erases a contact: the relationship records the erasure, and the contact's key is deleted in the
 * same transaction, so the event and the deletion commit together.
 */
@Component
class ContactErasureHandler {

  private final Repository<Relationship> relationships;
  private final SubjectKeys keys;

  ContactErasureHandler(Repository<Relationship> relationships, SubjectKeys keys) {
    this.relationships = relationships;
    this.keys = keys;
  }

  @CommandHandler
  void handle(EraseContactPersonalDataCommand command, MetaData metaData) {
    Aggregate<Relationship> relationship;
    try {
      relationship = relationships.load(command.relationshipId());
    } catch (AggregateNotFoundException e) {
      throw Refusals.notFound("relationship");
    }
    Erasure.recordThenDeleteKeys(
        relationship,
        it -> it.eraseContact(metaData),
        () -> keys.eraseSubject(Subject.contact(command.relationshipId(), null).id()));
  }
}
