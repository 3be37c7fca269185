package io.rapport.query.app.relationship;

import io.rapport.query.api.relationship.FetchRelationshipsQuery;
import io.rapport.query.api.relationship.FindRelationshipQuery;
import io.rapport.query.api.relationship.RelationshipList;
import io.rapport.query.api.relationship.RelationshipView;
import io.rapport.query.app.access.Viewing;
import io.rapport.query.app.access.Viewings;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers queries about relationships with key lookups. */
@Component
class RelationshipQueries {

  private final Viewings viewings;
  private final StudentRelationships relationships;
  private final Clock clock;

  RelationshipQueries(Viewings viewings, StudentRelationships relationships, Clock clock) {
    this.viewings = viewings;
    this.relationships = relationships;
    this.clock = clock;
  }

  /** The relationship, or nothing when it does not exist or the viewer may not see it. */
  @QueryHandler
  CompletableFuture<RelationshipView> handle(FindRelationshipQuery query, MetaData metaData) {
    return viewings
        .of(metaData)
        .visible(RelationshipDocument.COLLECTION, query.relationshipId(), "relationship")
        .map(doc -> RelationshipDocument.toView(doc, clock.instant()))
        .toFuture();
  }

  /** The student's relationships, cooling ones first, then by next touchpoint due. */
  @QueryHandler
  CompletableFuture<RelationshipList> handle(FetchRelationshipsQuery query, MetaData metaData) {
    Viewing viewing = viewings.of(metaData);
    Instant now = clock.instant();
    return viewing
        .ofStudent(
            query.studentId(),
            () -> relationships.documentsOf(viewing.collections(), List.of(query.studentId())))
        .defaultIfEmpty(List.of())
        .flatMapIterable(docs -> docs)
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
