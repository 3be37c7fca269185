package io.rapport.query.app.relationship;

import io.rapport.command.api.privacy.ContactPersonalDataErasedEvent;
import io.rapport.command.api.privacy.StudentPersonalDataErasedEvent;
import io.rapport.query.app.store.TenantId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Tells this node's {@link ContactNameCache} of every erasure, whichever node handled it, from the
 * event store through a processor of its own that keeps its position in memory and starts at the
 * head (see {@link ContactNamesConfiguration}): the cache starts empty at every start, so only the
 * erasures after it matter. Erasures carry no personal data, so nothing here needs a key.
 */
@Component
@ProcessingGroup(ContactNameFeed.GROUP)
class ContactNameFeed {

  static final String GROUP = "contact-names";

  private final ContactNameCache cache;

  ContactNameFeed(ContactNameCache cache) {
    this.cache = cache;
  }

  @EventHandler
  void on(ContactPersonalDataErasedEvent event, EventMessage<?> message) {
    cache.eraseContact(TenantId.of(message), event.relationshipId());
  }

  @EventHandler
  void on(StudentPersonalDataErasedEvent event, EventMessage<?> message) {
    cache.eraseStudent(TenantId.of(message), event.studentId());
  }
}
