package io.rapport.query.app.coaching;

import io.rapport.query.api.coaching.CaseloadView;
import io.rapport.query.api.coaching.FetchCaseloadQuery;
import io.rapport.query.app.access.TenantId;
import io.rapport.query.app.access.Viewer;
import io.rapport.query.app.chat.ChatDocument;
import io.rapport.query.app.relationship.RelationshipDocument;
import io.rapport.query.app.store.KeyLookups;
import io.rapport.query.app.student.StudentDocument;
import io.rapport.query.app.tenant.TenantWindows;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A coach's caseload in five lookups whatever its size: the coach's students, their person and
 * student documents, then all their open chats and all their relationships at once.
 */
@Component
class CaseloadQueries {

  private final KeyLookups lookups;
  private final Clock clock;
  private final TenantWindows windows;

  CaseloadQueries(KeyLookups lookups, Clock clock, TenantWindows windows) {
    this.windows = windows;
    this.lookups = lookups;
    this.clock = clock;
  }

  @QueryHandler
  CompletableFuture<CaseloadView> handle(FetchCaseloadQuery query, MetaData metaData) {
    Viewer viewer = Viewer.of(metaData);
    TenantId tenant = viewer.tenant();
    return lookups
        .byIds(
            PeopleDocuments.COACH_STUDENTS,
            tenant,
            List.of(PeopleDocuments.coach(tenant, viewer.userId())))
        .map(
            found ->
                found.isEmpty()
                    ? List.<String>of()
                    : found.get(0).getList("studentIds", String.class, List.of()))
        .flatMap(
            studentIds ->
                Mono.zip(
                        lookups.byIds(
                            PeopleDocuments.PEOPLE,
                            tenant,
                            studentIds.stream()
                                .map(id -> PeopleDocuments.person(tenant, id))
                                .toList()),
                        lookups.byIds(
                            StudentDocument.COLLECTION,
                            tenant,
                            studentIds.stream()
                                .map(id -> StudentDocument.key(tenant, id))
                                .toList()))
                    .flatMap(
                        found ->
                            Mono.zip(
                                    lookups.byIds(
                                        ChatDocument.COLLECTION,
                                        tenant,
                                        all(found.getT2(), StudentDocument.OPEN_CHATS)),
                                    lookups.byIds(
                                        RelationshipDocument.COLLECTION,
                                        tenant,
                                        all(found.getT2(), StudentDocument.RELATIONSHIPS)),
                                    windows.thankYouWindow(tenant))
                                .map(
                                    more ->
                                        Caseload.of(
                                            studentIds,
                                            found.getT1(),
                                            found.getT2(),
                                            more.getT1(),
                                            more.getT2(),
                                            clock.instant(),
                                            more.getT3()))))
        .toFuture();
  }

  private static List<String> all(Collection<Document> students, String field) {
    return students.stream()
        .flatMap(s -> s.getList(field, String.class, List.of()).stream())
        .toList();
  }
}
