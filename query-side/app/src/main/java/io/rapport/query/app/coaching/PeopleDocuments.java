package io.rapport.query.app.coaching;

import io.rapport.query.app.store.TenantId;

/**
 * Where people live: one document per person ({@code people}, keyed {@code tenant|user}), the
 * tenant's set of person ids ({@code tenant_people}, keyed by tenant), and each coach's set of
 * students ({@code coach_students}, keyed {@code tenant|coach}).
 */
final class PeopleDocuments {

  static final String PEOPLE = "people";
  static final String TENANT_PEOPLE = "tenant_people";
  static final String COACH_STUDENTS = "coach_students";

  private PeopleDocuments() {}

  static String person(TenantId tenant, String userId) {
    return tenant.key(userId);
  }

  static String coach(TenantId tenant, String coachId) {
    return tenant.key(coachId);
  }
}
