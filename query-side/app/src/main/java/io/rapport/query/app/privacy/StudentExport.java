package io.rapport.query.app.privacy;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.coaching.CoachAssignedEvent;
import io.rapport.command.api.coaching.StudentRecordId;
import io.rapport.command.api.nudge.InboxId;
import io.rapport.command.api.nudge.NudgeSentEvent;
import io.rapport.query.api.privacy.ExportStudentQuery;
import io.rapport.query.api.privacy.ExportedEvent;
import io.rapport.query.app.access.Viewer;
import io.rapport.query.app.access.Viewing;
import io.rapport.query.app.access.Viewings;
import io.rapport.query.app.access.Visibility;
import io.rapport.query.app.chat.ChatsOfStudent;
import io.rapport.query.app.chat.StudentChats;
import io.rapport.query.app.relationship.RelationshipsOfStudent;
import io.rapport.query.app.relationship.StudentRelationships;
import io.rapport.query.app.store.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Streams every event of a student without scanning the event store: the ids of the student's
 * aggregates come from the student's lists of relationships and of chats, plus the student's record
 * and person; each is then read from the event store by its id, and only the events stamped with
 * the caller's tenant and naming this student (or naming no student) are kept.
 */
@Component
class StudentExport {

  private final EventStore events;
  private final Viewings viewings;
  private final StudentChats chats;
  private final StudentRelationships relationships;

  StudentExport(
      EventStore events,
      Viewings viewings,
      StudentChats chats,
      StudentRelationships relationships) {
    this.events = events;
    this.viewings = viewings;
    this.chats = chats;
    this.relationships = relationships;
  }

  @QueryHandler
  Flux<ExportedEvent> handle(ExportStudentQuery query, MetaData metaData) {
    Viewing viewing = viewings.of(metaData);
    Viewer viewer = viewing.viewer();
    String studentId = query.studentId();
    boolean self = studentId.equals(viewer.userId());
    if (!self && !viewer.roles().contains("tenant-admin")) {
      return Flux.error(Visibility.hidden("student", studentId));
    }
    List<String> student = List.of(studentId);
    return viewing
        .ofStudent(
            studentId,
            () ->
                Mono.zip(
                    chats.of(viewing.collections(), student),
                    relationships.of(viewing.collections(), student)))
        .flatMapMany(
            lists -> {
              // the nudges about the student that reached a coach of theirs are in the coach's
              // inbox: the coaches are those the student's record names
              Set<String> coaches = ConcurrentHashMap.newKeySet();
              return Flux.fromIterable(
                      aggregatesOf(viewer, studentId, lists.getT1(), lists.getT2()))
                  .concatMap(this::eventsOf)
                  .doOnNext(
                      event -> {
                        if (event.getPayload() instanceof CoachAssignedEvent assigned
                            && studentId.equals(assigned.studentId())) {
                          coaches.add(assigned.coachId());
                        }
                      })
                  .concatWith(
                      Flux.defer(() -> Flux.fromIterable(List.copyOf(coaches)))
                          .concatMap(coach -> eventsOf(new InboxId(coach).value()))
                          // of a coach's inbox, only the nudges (about this student, below)
                          .filter(event -> event.getPayload() instanceof NudgeSentEvent));
            })
        .filter(event -> viewer.tenant().value().equals(event.getMetaData().get(TenantId.KEY)))
        .filter(event -> concerns(event, studentId))
        .map(StudentExport::exported);
  }

  private Flux<DomainEventMessage<?>> eventsOf(String aggregateId) {
    return Flux.defer(
            () -> {
              List<DomainEventMessage<?>> stream = new ArrayList<>();
              events.readEvents(aggregateId).forEachRemaining(stream::add);
              return Flux.fromIterable(stream);
            })
        .subscribeOn(Schedulers.boundedElastic());
  }

  private static List<String> aggregatesOf(
      Viewer viewer,
      String studentId,
      List<ChatsOfStudent> chats,
      List<RelationshipsOfStudent> relationships) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(studentId);
    ids.add(new StudentRecordId(viewer.tenant().value(), studentId).value());
    ids.add(new InboxId(studentId).value());
    relationships.forEach(list -> ids.addAll(list.relationshipIds()));
    chats.forEach(list -> ids.addAll(list.chatIds()));
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
        (String) event.getMetaData().get(Stamp.USER_ID.key()),
        event.getPayload());
  }
}
