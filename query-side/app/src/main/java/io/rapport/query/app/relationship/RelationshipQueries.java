package io.rapport.query.app.relationship;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.reactivestreams.client.MongoDatabase;
import io.rapport.query.api.relationship.FetchRelationshipsQuery;
import io.rapport.query.api.relationship.FindRelationshipQuery;
import io.rapport.query.api.relationship.RelationshipList;
import io.rapport.query.api.relationship.RelationshipView;
import io.rapport.query.app.access.Access;
import io.rapport.query.app.access.Viewer;
import io.rapport.query.app.store.KeyLookups;
import io.rapport.query.app.student.StudentDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Answers queries about relationships with key lookups. */
@Component
class RelationshipQueries {

  private final MongoDatabase database;
  private final Clock clock;
  private final Access access;

  RelationshipQueries(MongoDatabase database, Clock clock, Access access) {
    this.database = database;
    this.access = access;
    this.clock = clock;
  }

  /** The relationship, or nothing when it does not exist or the viewer may not see it. */
  @QueryHandler
  CompletableFuture<RelationshipView> handle(FindRelationshipQuery query, MetaData metaData) {
    Viewer viewer = Viewer.of(metaData);
    return Mono.from(
            database
                .getCollection(RelationshipDocument.COLLECTION)
                .find(
                    and(eq("_id", query.relationshipId()), eq("tenantId", viewer.tenant().value())))
                .first())
        .flatMap(doc -> access.check(viewer, doc, "relationship"))
        .map(doc -> RelationshipDocument.toView(doc, clock.instant()))
        .switchIfEmpty(
            io.rapport.query.app.access.Elsewhere.probe(
                database,
                RelationshipDocument.COLLECTION,
                query.relationshipId(),
                viewer,
                "relationship"))
        .toFuture();
  }

  /** The student's relationships, cooling ones first, then by next touchpoint due. */
  @QueryHandler
  CompletableFuture<RelationshipList> handle(FetchRelationshipsQuery query, MetaData metaData) {
    Viewer viewer = Viewer.of(metaData);
    Instant now = clock.instant();
    return access
        .ensureMayRead(viewer, query.studentId())
        .then(
            Mono.from(
                database
                    .getCollection(StudentDocument.COLLECTION)
                    .find(
                        and(
                            eq("_id", StudentDocument.key(viewer.tenant(), query.studentId())),
                            eq("tenantId", viewer.tenant().value())))
                    .first()))
        .map(doc -> doc.getList(StudentDocument.RELATIONSHIPS, String.class, List.of()))
        .defaultIfEmpty(List.of())
        .flatMapMany(
            ids ->
                ids.isEmpty()
                    ? Flux.empty()
                    : KeyLookups.withinTenant(
                        database.getCollection(RelationshipDocument.COLLECTION),
                        viewer.tenant(),
                        ids))
        .filter(doc -> query.studentId().equals(doc.getString("studentId")))
        .map(doc -> RelationshipDocument.toView(doc, now))
        .collectSortedList(
            Comparator.comparing((RelationshipView r) -> !"COOLING".equals(r.status()))
                .thenComparing(
                    RelationshipView::nextTouchpointDue,
                    Comparator.nullsLast(Comparator.naturalOrder())))
        .map(RelationshipList::new)
        .toFuture();
  }
}
