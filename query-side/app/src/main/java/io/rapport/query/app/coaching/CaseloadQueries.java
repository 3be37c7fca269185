package io.rapport.query.app.coaching;

import io.rapport.query.api.coaching.CaseloadView;
import io.rapport.query.api.coaching.FetchCaseloadQuery;
import io.rapport.query.app.access.Viewing;
import io.rapport.query.app.access.Viewings;
import io.rapport.query.app.chat.StudentChats;
import io.rapport.query.app.relationship.StudentRelationships;
import io.rapport.query.app.store.TenantCollections;
import io.rapport.query.app.tenant.TenantWindows;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A coach's caseload in six lookups whatever its size: the coach's students; their person documents
 * and their lists of chats and of relationships; then all their open chats and all their
 * relationships at once.
 */
@Component
class CaseloadQueries {

  private final Viewings viewings;
  private final StudentChats chats;
  private final StudentRelationships relationships;
  private final TenantWindows windows;
  private final Clock clock;

  CaseloadQueries(
      Viewings viewings,
      StudentChats chats,
      StudentRelationships relationships,
      TenantWindows windows,
      Clock clock) {
    this.viewings = viewings;
    this.chats = chats;
    this.relationships = relationships;
    this.windows = windows;
    this.clock = clock;
  }

  @QueryHandler
  CompletableFuture<CaseloadView> handle(FetchCaseloadQuery query, MetaData metaData) {
    Viewing viewing = viewings.of(metaData);
    TenantCollections tenant = viewing.collections();
    return tenant
        .byIds(
            PeopleDocuments.COACH_STUDENTS,
            List.of(PeopleDocuments.coach(tenant.tenant(), viewing.viewer().userId())))
        .map(
            found ->
                found.isEmpty()
                    ? List.<String>of()
                    : found.get(0).getList("studentIds", String.class, List.of()))
        .flatMap(
            studentIds ->
                Mono.zip(
                        tenant.byIds(
                            PeopleDocuments.PEOPLE,
                            studentIds.stream()
                                .map(id -> PeopleDocuments.person(tenant.tenant(), id))
                                .toList()),
                        chats.of(tenant, studentIds),
                        relationships.of(tenant, studentIds))
                    .flatMap(
                        found ->
                            Mono.zip(
                                    chats.open(tenant, found.getT2()),
                                    relationships.documents(tenant, found.getT3()),
                                    windows.thankYouWindow(tenant))
                                .map(
                                    more ->
                                        Caseload.of(
                                            studentIds,
                                            found.getT1(),
                                            found.getT2(),
                                            found.getT3(),
                                            more.getT1(),
                                            more.getT2(),
                                            clock.instant(),
                                            more.getT3()))))
        .toFuture();
  }
}
