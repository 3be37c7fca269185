package io.rapport.command.app.coaching;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.coaching.PersonRegisteredEvent;
import io.rapport.command.api.coaching.RegisterPersonCommand;
import io.rapport.command.app.shared.Owner;
import io.rapport.command.app.shared.Refusals;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Someone who signed in to a tenant. Registering again with the same details changes nothing, so
 * the edge may register a person as often as it likes.
 */
@Aggregate
public class Person {

  @AggregateIdentifier private String personId;
  private String tenantId;
  private PersonRegisteredEvent details;

  Person() {
    // for Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RegisterPersonCommand command, MetaData metaData) {
    String tenant = Owner.tenantOf(metaData);
    if (!command.personId().equals(metaData.get(Stamp.USER_ID.key()))
        || (tenantId != null && !tenantId.equals(tenant))) {
      throw Refusals.notVisible("person");
    }
    PersonRegisteredEvent registered =
        new PersonRegisteredEvent(
            command.personId(),
            command.username(),
            command.name(),
            command.email(),
            List.copyOf(command.roles()));
    if (!Objects.equals(registered, details)) {
      apply(registered);
    }
  }

  @EventSourcingHandler
  void on(PersonRegisteredEvent event, MetaData metaData) {
    personId = event.personId();
    tenantId = Owner.tenantOf(metaData);
    details = event;
  }
}
