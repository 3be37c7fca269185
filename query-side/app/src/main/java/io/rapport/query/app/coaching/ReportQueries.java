package io.rapport.query.app.coaching;

import io.rapport.query.api.coaching.FetchNetworkingReportQuery;
import io.rapport.query.api.coaching.NetworkingReport;
import io.rapport.query.app.access.Viewings;
import io.rapport.query.app.chat.StudentChats;
import io.rapport.query.app.relationship.StudentRelationships;
import io.rapport.query.app.store.TenantCollections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The tenant's networking report, in six lookups: the tenant's people; their person documents and
 * their lists of chats and of relationships; and all their chats and relationships.
 */
@Component
class ReportQueries {

  private final Viewings viewings;
  private final StudentChats chats;
  private final StudentRelationships relationships;

  ReportQueries(Viewings viewings, StudentChats chats, StudentRelationships relationships) {
    this.viewings = viewings;
    this.chats = chats;
    this.relationships = relationships;
  }

  @QueryHandler
  CompletableFuture<NetworkingReport> handle(FetchNetworkingReportQuery query, MetaData metaData) {
    TenantCollections tenant = viewings.of(metaData).collections();
    return PeopleDocuments.all(tenant)
        .collectList()
        .flatMap(
            people -> {
              List<String> ids = people.stream().map(doc -> doc.getString("userId")).toList();
              return Mono.zip(
                  Mono.just(people), chats.of(tenant, ids), relationships.of(tenant, ids));
            })
        .flatMap(
            found ->
                Mono.zip(
                        chats.all(tenant, found.getT2()),
                        relationships.documents(tenant, found.getT3()))
                    .map(more -> Report.of(query, found.getT1(), more.getT1(), more.getT2())))
        .toFuture();
  }
}
