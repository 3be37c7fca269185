package io.rapport.query.app.access;

import io.rapport.query.app.store.TenantCollections;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who may read a student's records: the student, the coach assigned to them, and the tenant's
 * admins for a student the tenant knows (one key lookup of the student's person in the tenant).
 * Anything else existing fails the query as not visible (404 at the edge).
 */
@Component
class Access {

  private final PeopleRoster people;

  Access(PeopleRoster people) {
    this.people = people;
  }

  /** Whether the viewer may read the records of the student. */
  Mono<Boolean> mayRead(Viewer viewer, TenantCollections tenant, String studentId) {
    if (studentId == null) {
      return Mono.just(false);
    }
    if (studentId.equals(viewer.userId())) {
      return Mono.just(true);
    }
    boolean admin = viewer.roles().contains("tenant-admin");
    if (!admin && !viewer.roles().contains("coach")) {
      return Mono.just(false);
    }
    return people
        .coachOf(tenant, studentId)
        .map(coach -> admin || coach.filter(viewer.userId()::equals).isPresent())
        .defaultIfEmpty(false);
  }
}
