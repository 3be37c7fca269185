package io.rapport.query.app.relationship;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.reactivestreams.client.MongoDatabase;
import io.rapport.query.api.relationship.FindRelationshipQuery;
import io.rapport.query.api.relationship.RelationshipView;
import io.rapport.query.app.access.Viewer;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Answers queries about relationships with key lookups. */
@Component
class RelationshipQueries {

  private final MongoDatabase database;

  RelationshipQueries(MongoDatabase database) {
    this.database = database;
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
        .filter(doc -> viewer.mayRead(doc.getString("studentId")))
        .map(RelationshipDocument::toView)
        .toFuture();
  }
}
