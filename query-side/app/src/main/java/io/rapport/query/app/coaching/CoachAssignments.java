package io.rapport.query.app.coaching;

import io.rapport.query.app.access.PeopleRoster;
import io.rapport.query.app.store.TenantCollections;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Answers the access check from the people this projection keeps: a person's coach, by key. */
@Component
class CoachAssignments implements PeopleRoster {

  @Override
  public Mono<Optional<String>> coachOf(TenantCollections tenant, String personId) {
    return tenant
        .byId(PeopleDocuments.PEOPLE, PeopleDocuments.person(tenant.tenant(), personId))
        .map(person -> Optional.ofNullable(person.getString("coachId")));
  }
}
