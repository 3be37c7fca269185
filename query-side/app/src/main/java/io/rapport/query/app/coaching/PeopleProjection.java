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
import io.rapport.command.api.privacy.StudentPersonalDataErasedEvent;
import io.rapport.query.app.access.TenantId;
import io.rapport.query.app.store.ProjectionWriter;
import io.rapport.query.app.store.Scrubber;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Keeps the tenant's people, their cohorts and coaches, and each coach's students. */
@Component
@ProcessingGroup(PeopleProjection.GROUP)
class PeopleProjection {

  static final String GROUP = "people";

  private final ProjectionWriter writer;
  private final Scrubber scrubber;

  PeopleProjection(ProjectionWriter writer, Scrubber scrubber) {
    this.writer = writer;
    this.scrubber = scrubber;
  }

  @EventHandler
  void on(StudentPersonalDataErasedEvent event, @MetaDataValue("tenantId") String tenantId) {
    TenantId tenant = new TenantId(tenantId);
    scrubber.scrub(
        PeopleDocuments.PEOPLE,
        tenant,
        eq("_id", PeopleDocuments.person(tenant, event.studentId())),
        List.of("username", "name", "email"));
  }

  /** Before a rebuild: every person, the tenants' lists of people and the coaches' students. */
  @ResetHandler
  void reset() {
    writer.clear(
        PeopleDocuments.PEOPLE, PeopleDocuments.TENANT_PEOPLE, PeopleDocuments.COACH_STUDENTS);
  }

  @EventHandler
  void on(PersonRegisteredEvent event, @MetaDataValue("tenantId") String tenantId) {
    person(
        tenantId,
        event.personId(),
        set("username", event.username()),
        set("name", event.name()),
        set("email", event.email()),
        set("roles", event.roles()));
  }

  @EventHandler
  void on(StudentEnrolledEvent event, @MetaDataValue("tenantId") String tenantId) {
    person(tenantId, event.studentId(), set("cohort", event.cohort()), set("enrolled", true));
  }

  @EventHandler
  void on(CoachAssignedEvent event, @MetaDataValue("tenantId") String tenantId) {
    TenantId tenant = new TenantId(tenantId);
    person(tenantId, event.studentId(), set("coachId", event.coachId()), set("enrolled", true));
    person(tenantId, event.coachId(), set("assignedAsCoach", true));
    if (event.previousCoachId() != null) {
      writer.upsert(
          PeopleDocuments.COACH_STUDENTS,
          PeopleDocuments.coach(tenant, event.previousCoachId()),
          combine(setOnInsert("tenantId", tenantId), pull("studentIds", event.studentId())));
    }
    writer.upsert(
        PeopleDocuments.COACH_STUDENTS,
        PeopleDocuments.coach(tenant, event.coachId()),
        combine(setOnInsert("tenantId", tenantId), addToSet("studentIds", event.studentId())));
  }

  private void person(String tenantId, String userId, Bson... updates) {
    TenantId tenant = new TenantId(tenantId);
    Bson[] all = new Bson[updates.length + 2];
    all[0] = setOnInsert("tenantId", tenantId);
    all[1] = setOnInsert("userId", userId);
    System.arraycopy(updates, 0, all, 2, updates.length);
    writer.upsert(PeopleDocuments.PEOPLE, PeopleDocuments.person(tenant, userId), combine(all));
    writer.upsert(
        PeopleDocuments.TENANT_PEOPLE,
        tenantId,
        combine(setOnInsert("tenantId", tenantId), addToSet("personIds", userId)));
  }
}
