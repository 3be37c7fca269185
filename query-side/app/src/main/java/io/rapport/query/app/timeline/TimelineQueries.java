package io.rapport.query.app.timeline;

import io.rapport.query.api.privacy.FetchDisclosuresQuery;
import io.rapport.query.api.timeline.FetchRelationshipTimelineQuery;
import io.rapport.query.api.timeline.FetchStudentTimelineAfterQuery;
import io.rapport.query.api.timeline.FetchStudentTimelineQuery;
import io.rapport.query.api.timeline.TimelineEntries;
import io.rapport.query.api.timeline.TimelinePage;
import io.rapport.query.app.access.Viewer;
import io.rapport.query.app.access.Viewing;
import io.rapport.query.app.access.Viewings;
import io.rapport.query.app.access.Visibility;
import io.rapport.query.app.relationship.ContactNames;
import io.rapport.query.app.relationship.StudentRelationships;
import io.rapport.query.app.store.ReadModelStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Answers timeline queries; a timeline the viewer may not see answers nothing. */
@Component
class TimelineQueries {

  private final Viewings viewings;
  private final StudentRelationships relationships;
  private final TimelineReader reader;

  TimelineQueries(
      Viewings viewings,
      StudentRelationships relationships,
      ReadModelStore store,
      ContactNames contactNames) {
    this.viewings = viewings;
    this.relationships = relationships;
    this.reader = new TimelineReader(store, contactNames);
  }

  @QueryHandler
  CompletableFuture<TimelinePage> handle(FetchStudentTimelineQuery query, MetaData metaData) {
    Viewing viewing = viewings.of(metaData);
    Predicate<TimelineEntry> matches =
        entry ->
            (query.from() == null || !entry.at().isBefore(query.from()))
                && (query.to() == null || entry.at().isBefore(query.to()))
                && (query.types() == null
                    || query.types().isEmpty()
                    || query.types().contains(entry.type()))
                && (query.relationshipId() == null
                    || query.relationshipId().equals(entry.relationshipId()))
                && recordedBy(query.asOf(), entry);
    TimelineReader.Selection selection =
        new TimelineReader.Selection(
            true,
            query.from(),
            earlier(query.to(), query.asOf()),
            matches,
            cursor(query.cursor()),
            query.limit());
    return viewing
        .ofStudent(
            query.studentId(),
            () ->
                query.relationshipId() == null
                    ? reader.read(
                        TimelineOwner.student(viewing.tenant(), query.studentId()), selection)
                    : ofRelationship(viewing, query.studentId(), query.relationshipId(), selection))
        .toFuture();
  }

  /**
   * A student's entries about one relationship are that relationship's timeline, read newest first
   * as one range of its own; a relationship of another student has none on this student's.
   */
  private Mono<TimelinePage> ofRelationship(
      Viewing viewing,
      String studentId,
      String relationshipId,
      TimelineReader.Selection selection) {
    return relationships
        .studentOf(viewing.collections(), relationshipId)
        .filter(student -> student.filter(studentId::equals).isPresent())
        .flatMap(
            student ->
                reader.read(
                    TimelineOwner.relationship(viewing.tenant(), relationshipId), selection))
        .defaultIfEmpty(new TimelinePage(List.of(), null));
  }

  @QueryHandler
  CompletableFuture<TimelinePage> handle(FetchRelationshipTimelineQuery query, MetaData metaData) {
    Viewing viewing = viewings.of(metaData);
    return relationships
        .studentOf(viewing.collections(), query.relationshipId())
        .flatMap(
            student ->
                viewing
                    .mayRead(student.orElse(null), "relationship", query.relationshipId())
                    .thenReturn(student))
        .flatMap(
            student ->
                reader.read(
                    TimelineOwner.relationship(viewing.tenant(), query.relationshipId()),
                    new TimelineReader.Selection(
                        false,
                        null,
                        query.asOf(),
                        entry -> recordedBy(query.asOf(), entry),
                        cursor(query.cursor()),
                        query.limit())))
        .toFuture();
  }

  /**
   * The entries of a student's timeline after a position, for a reader following it live. The
   * access check comes first, so that a follower who may not read the student is refused even when
   * there is nothing to send.
   */
  @QueryHandler
  CompletableFuture<TimelineEntries> handle(
      FetchStudentTimelineAfterQuery query, MetaData metaData) {
    Viewing viewing = viewings.of(metaData);
    TimelineOwner owner = TimelineOwner.student(viewing.tenant(), query.studentId());
    return viewing
        .ofStudent(
            query.studentId(),
            () ->
                query.afterPosition() == null
                    ? reader.latest(owner).map(latest -> new TimelineEntries(List.of(), latest))
                    : reader
                        .after(owner, query.afterPosition())
                        .map(items -> new TimelineEntries(items, query.afterPosition())))
        .toFuture();
  }

  /**
   * Whether the entry had been recorded by the instant: entries are never changed once written, so
   * those recorded by then are the timeline as it stood.
   */
  private static boolean recordedBy(Instant asOf, TimelineEntry entry) {
    return asOf == null || !entry.at().isAfter(asOf);
  }

  /** The student and the tenant's admins read the log; coaches do not. */
  @QueryHandler
  CompletableFuture<TimelinePage> handle(FetchDisclosuresQuery query, MetaData metaData) {
    Viewing viewing = viewings.of(metaData);
    Viewer viewer = viewing.viewer();
    if (!query.studentId().equals(viewer.userId()) && !viewer.roles().contains("tenant-admin")) {
      return Mono.<TimelinePage>error(Visibility.hidden("student", query.studentId())).toFuture();
    }
    return viewing
        .ofStudent(
            query.studentId(),
            () ->
                reader.read(
                    TimelineOwner.disclosures(viewing.tenant(), query.studentId()),
                    new TimelineReader.Selection(
                        true, null, null, entry -> true, cursor(query.cursor()), query.limit())))
        .toFuture();
  }

  private static TimelineCursor cursor(String cursor) {
    return cursor == null || cursor.isBlank() ? null : TimelineCursor.decode(cursor);
  }

  /** The earlier of two instants, either of which may be absent. */
  private static Instant earlier(Instant a, Instant b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.isBefore(b) ? a : b;
  }
}
