package io.rapport.query.app.coaching;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import io.rapport.command.api.coaching.CoachAssignedEvent;
import io.rapport.command.api.coaching.PersonRegisteredEvent;
import io.rapport.command.api.coaching.StudentEnrolledEvent;
import io.rapport.command.api.member.MemberChangedEvent;
import io.rapport.command.api.member.MemberDeactivatedEvent;
import io.rapport.command.api.member.MemberInvitedEvent;
import io.rapport.command.api.member.MemberReactivatedEvent;
import io.rapport.command.api.member.MemberRecordedEvent;
import io.rapport.command.api.member.MemberRole;
import io.rapport.command.api.privacy.StudentPersonalDataErasedEvent;
import io.rapport.query.app.store.ReadModelCollections;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantCollections;
import io.rapport.query.app.store.TenantId;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Keeps the tenant's people, their cohorts and coaches, and each coach's students. */
@Component
@ProcessingGroup(PeopleProjection.GROUP)
@ReadModelCollections({PeopleDocuments.PEOPLE, PeopleDocuments.COACH_STUDENTS})
class PeopleProjection {

  static final String GROUP = "people";

  private final ReadModelStore store;

  PeopleProjection(ReadModelStore store) {
    this.store = store;
  }

  @EventHandler
  void on(StudentPersonalDataErasedEvent event, EventMessage<?> message) {
    TenantCollections tenant = tenantOf(message);
    tenant.scrub(
        PeopleDocuments.PEOPLE,
        eq("_id", PeopleDocuments.person(tenant.tenant(), event.studentId())),
        List.of("username", "name", "email", "firstName", "lastName"));
  }

  @EventHandler
  void on(PersonRegisteredEvent event, EventMessage<?> message) {
    person(
        tenantOf(message),
        event.personId(),
        set("username", event.username()),
        set("name", event.name()),
        set("email", event.email()),
        set("roles", event.roles()),
        set("signedIn", true));
  }

  @EventHandler
  void on(MemberInvitedEvent event, EventMessage<?> message) {
    member(
        message,
        event.userId(),
        event.email(),
        event.firstName(),
        event.lastName(),
        event.role(),
        set("invited", true));
  }

  @EventHandler
  void on(MemberRecordedEvent event, EventMessage<?> message) {
    member(
        message,
        event.userId(),
        event.email(),
        event.firstName(),
        event.lastName(),
        event.role(),
        set("recorded", true));
  }

  @EventHandler
  void on(MemberChangedEvent event, EventMessage<?> message) {
    person(
        tenantOf(message),
        event.userId(),
        set("firstName", event.firstName()),
        set("lastName", event.lastName()),
        set("memberRole", event.role().name()));
  }

  @EventHandler
  void on(MemberDeactivatedEvent event, EventMessage<?> message) {
    person(tenantOf(message), event.userId(), set("deactivated", true));
  }

  @EventHandler
  void on(MemberReactivatedEvent event, EventMessage<?> message) {
    person(tenantOf(message), event.userId(), set("deactivated", false));
  }

  private void member(
      EventMessage<?> message,
      String userId,
      String email,
      String firstName,
      String lastName,
      MemberRole role,
      Bson how) {
    person(
        tenantOf(message),
        userId,
        set("email", email),
        set("firstName", firstName),
        set("lastName", lastName),
        set("memberRole", role.name()),
        how);
  }

  @EventHandler
  void on(StudentEnrolledEvent event, EventMessage<?> message) {
    person(
        tenantOf(message), event.studentId(), set("cohort", event.cohort()), set("enrolled", true));
  }

  @EventHandler
  void on(CoachAssignedEvent event, EventMessage<?> message) {
    TenantCollections tenant = tenantOf(message);
    person(tenant, event.studentId(), set("coachId", event.coachId()), set("enrolled", true));
    person(tenant, event.coachId(), set("assignedAsCoach", true));
    if (event.previousCoachId() != null) {
      tenant.upsert(
          PeopleDocuments.COACH_STUDENTS,
          PeopleDocuments.coach(tenant.tenant(), event.previousCoachId()),
          pull("studentIds", event.studentId()));
    }
    tenant.upsert(
        PeopleDocuments.COACH_STUDENTS,
        PeopleDocuments.coach(tenant.tenant(), event.coachId()),
        addToSet("studentIds", event.studentId()));
  }

  private void person(TenantCollections tenant, String userId, Bson... updates) {
    Bson[] all = new Bson[updates.length + 1];
    all[0] = setOnInsert("userId", userId);
    System.arraycopy(updates, 0, all, 1, updates.length);
    tenant.upsert(
        PeopleDocuments.PEOPLE, PeopleDocuments.person(tenant.tenant(), userId), combine(all));
  }

  private TenantCollections tenantOf(EventMessage<?> message) {
    return store.of(TenantId.of(message));
  }
}
