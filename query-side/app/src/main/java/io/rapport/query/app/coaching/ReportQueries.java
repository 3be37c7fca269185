package io.rapport.query.app.coaching;

import io.rapport.query.api.coaching.FetchNetworkingReportQuery;
import io.rapport.query.api.coaching.NetworkingReport;
import io.rapport.query.app.access.TenantId;
import io.rapport.query.app.access.Viewer;
import io.rapport.query.app.chat.ChatDocument;
import io.rapport.query.app.relationship.RelationshipDocument;
import io.rapport.query.app.store.KeyLookups;
import io.rapport.query.app.student.StudentDocument;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The tenant's networking report, in five lookups: the tenant's people, their person and student
 * documents, and all their chats and relationships.
 */
@Component
class ReportQueries {

  private final KeyLookups lookups;

  ReportQueries(KeyLookups lookups) {
    this.lookups = lookups;
  }

  @QueryHandler
  CompletableFuture<NetworkingReport> handle(FetchNetworkingReportQuery query, MetaData metaData) {
    TenantId tenant = Viewer.of(metaData).tenant();
    return lookups
        .byIds(PeopleDocuments.TENANT_PEOPLE, tenant, List.of(tenant.value()))
        .map(
            found ->
                found.isEmpty()
                    ? List.<String>of()
                    : found.get(0).getList("personIds", String.class, List.of()))
        .flatMap(
            ids ->
                Mono.zip(
                    lookups.byIds(
                        PeopleDocuments.PEOPLE,
                        tenant,
                        ids.stream().map(id -> PeopleDocuments.person(tenant, id)).toList()),
                    lookups.byIds(
                        StudentDocument.COLLECTION,
                        tenant,
                        ids.stream().map(id -> StudentDocument.key(tenant, id)).toList())))
        .flatMap(
            found ->
                Mono.zip(
                        lookups.byIds(
                            ChatDocument.COLLECTION,
                            tenant,
                            all(found.getT2(), StudentDocument.CHATS)),
                        lookups.byIds(
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
}
