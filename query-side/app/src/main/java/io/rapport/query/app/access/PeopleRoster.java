package io.rapport.query.app.access;

import io.rapport.query.app.store.TenantCollections;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * What the access check needs to know of a tenant's people, answered by the projection that owns
 * them (coaching's people), so that the check reads no collection of its own.
 */
public interface PeopleRoster {

  /**
   * The coach of the person, empty when they have none; nothing at all when the tenant does not
   * know the person. One key lookup.
   */
  Mono<Optional<String>> coachOf(TenantCollections tenant, String personId);
}
