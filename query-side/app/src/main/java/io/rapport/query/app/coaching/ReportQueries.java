package io.rapport.query.app.coaching;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.reactivestreams.client.MongoDatabase;
import io.rapport.query.api.coaching.FetchNetworkingReportQuery;
import io.rapport.query.api.coaching.NetworkingReport;
import io.rapport.query.app.access.TenantId;
import io.rapport.query.app.access.Viewer;
import io.rapport.query.app.chat.ChatDocument;
import io.rapport.query.app.relationship.RelationshipDocument;
import io.rapport.query.app.student.StudentDocument;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The tenant's networking report, in five lookups: the tenant's people, their person and student
 * documents, and all their chats and relationships.
 */
@Component
class ReportQueries {

  private final MongoDatabase database;

  ReportQueries(MongoDatabase database) {
    this.database = database;
  }

  @QueryHandler
  CompletableFuture<NetworkingReport> handle(FetchNetworkingReportQuery query, MetaData metaData) {
    TenantId tenant = Viewer.of(metaData).tenant();
    return byIds(PeopleDocuments.TENANT_PEOPLE, tenant, List.of(tenant.value()))
        .map(
            found ->
                found.isEmpty()
                    ? List.<String>of()
                    : found.get(0).getList("personIds", String.class, List.of()))
        .flatMap(
            ids ->
                Mono.zip(
                    byIds(
                        PeopleDocuments.PEOPLE,
                        tenant,
                        ids.stream().map(id -> PeopleDocuments.person(tenant, id)).toList()),
                    byIds(
                        StudentDocument.COLLECTION,
                        tenant,
                        ids.stream().map(id -> StudentDocument.key(tenant, id)).toList())))
        .flatMap(
            found ->
                Mono.zip(
                        byIds(
                            ChatDocument.COLLECTION,
                            tenant,
                            all(found.getT2(), StudentDocument.CHATS)),
                        byIds(
                            RelationshipDocument.COLLECTION,
                            tenant,
                            all(found.getT2(), StudentDocument.RELATIONSHIPS)))
                    .map(more -> Report.of(query, found.getT1(), more.getT1(), more.getT2())))
        .toFuture();
  }

  private static List<String> all(Collection<Document> students, String field) {
    return students.stream()
        .flatMap(s -> s.getList(field, String.class, List.of()).stream())
        .toList();
  }

  private Mono<List<Document>> byIds(String collection, TenantId tenant, List<String> ids) {
    if (ids.isEmpty()) {
      return Mono.just(List.of());
    }
    return Flux.from(
            database
                .getCollection(collection)
                .find(and(in("_id", ids), eq("tenantId", tenant.value()))))
        .collectList();
  }
}
