package io.rapport.query.app.privacy;

import io.rapport.command.api.coaching.StudentRecordId;
import io.rapport.query.api.privacy.ExportStudentQuery;
import io.rapport.query.api.privacy.ExportedEvent;
import io.rapport.query.app.access.Access;
import io.rapport.query.app.access.Viewer;
import io.rapport.query.app.access.Visibility;
import io.rapport.query.app.store.KeyLookups;
import io.rapport.query.app.student.StudentDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Streams every event of a student without scanning the event store: the ids of the student's
 * aggregates come from the student document (relationships, chats), plus the student's record and
 * person; each is then read from the event store by its id, and only the events stamped with the
 * caller's tenant and naming this student (or naming no student) are kept.
 */
@Component
class StudentExport {

  private final EventStore events;
  private final KeyLookups lookups;
  private final Access access;

  StudentExport(EventStore events, KeyLookups lookups, Access access) {
    this.events = events;
    this.lookups = lookups;
    this.access = access;
  }

  @QueryHandler
  Flux<ExportedEvent> handle(ExportStudentQuery query, MetaData metaData) {
    Viewer viewer = Viewer.of(metaData);
    String studentId = query.studentId();
    boolean self = studentId.equals(viewer.userId());
    if (!self && !viewer.roles().contains("tenant-admin")) {
      return Flux.error(Visibility.hidden("student", studentId));
    }
    return access
        .ensureMayRead(viewer, studentId)
        .then(
            lookups.byId(
                StudentDocument.COLLECTION,
                viewer.tenant(),
                StudentDocument.key(viewer.tenant(), studentId)))
        .defaultIfEmpty(new Document())
        .flatMapMany(
            student ->
                Flux.fromIterable(aggregatesOf(viewer, studentId, student))
                    .concatMap(
                        aggregateId ->
                            Flux.defer(
                                    () ->
                                        Flux.fromStream(events.readEvents(aggregateId).asStream()))
                                .subscribeOn(Schedulers.boundedElastic())))
        .filter(event -> viewer.tenant().value().equals(event.getMetaData().get("tenantId")))
        .filter(event -> concerns(event, studentId))
        .map(StudentExport::exported);
  }

  private static List<String> aggregatesOf(Viewer viewer, String studentId, Document student) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(studentId);
    ids.add(new StudentRecordId(viewer.tenant().value(), studentId).value());
    ids.addAll(student.getList(StudentDocument.RELATIONSHIPS, String.class, List.of()));
    ids.addAll(student.getList(StudentDocument.CHATS, String.class, List.of()));
    return new ArrayList<>(ids);
  }

  /** An event naming another student is not this student's, whatever aggregate it is in. */
  private static boolean concerns(DomainEventMessage<?> event, String studentId) {
    Object payload = event.getPayload();
    for (var component : payload.getClass().getRecordComponents()) {
      if (component.getName().equals("studentId") || component.getName().equals("personId")) {
        try {
          return studentId.equals(component.getAccessor().invoke(payload));
        } catch (ReflectiveOperationException e) {
          return false;
        }
      }
    }
    return true;
  }

  private static ExportedEvent exported(DomainEventMessage<?> event) {
    return new ExportedEvent(
        event.getIdentifier(),
        event.getAggregateIdentifier(),
        event.getSequenceNumber(),
        event.getTimestamp(),
        event.getPayloadType().getSimpleName(),
        (String) event.getMetaData().get("userId"),
        event.getPayload());
  }
}
