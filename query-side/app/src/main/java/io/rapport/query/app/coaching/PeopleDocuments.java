package io.rapport.query.app.coaching;

import io.rapport.query.app.store.TenantCollections;
import io.rapport.query.app.store.TenantId;
import org.bson.Document;
import reactor.core.publisher.Flux;

/**
 * Where people live: one document per person ({@code people}, keyed {@code tenant|user}), read one
 * by one or all of a tenant's as one range of keys, and each coach's set of students ({@code
 * coach_students}, keyed {@code tenant|coach}).
 */
public final class PeopleDocuments {

  public static final String PEOPLE = "people";

  /** The most people of one tenant a read of all of them returns. */
  static final int MOST_PEOPLE = 200_000;

  static final String COACH_STUDENTS = "coach_students";

  private PeopleDocuments() {}

  public static String person(TenantId tenant, String userId) {
    return tenant.key(userId);
  }

  /** Every person of the tenant, in the order of their keys. */
  public static Flux<Document> all(TenantCollections tenant) {
    return tenant.range(
        PEOPLE, tenant.tenant().key(""), tenant.tenant().key("\uffff"), false, MOST_PEOPLE);
  }

  /** The person's name as the tenant knows it, or null when it has none (e.g. erased). */
  public static String nameOf(Document person) {
    String name = person.getString("name");
    if (name != null && !name.isBlank()) {
      return name;
    }
    String first = person.getString("firstName");
    String last = person.getString("lastName");
    String full = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    return full.isEmpty() ? null : full;
  }

  static String coach(TenantId tenant, String coachId) {
    return tenant.key(coachId);
  }
}
