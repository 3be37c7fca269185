package io.rapport.query.app.student;

import io.rapport.query.api.student.AgendaView;
import io.rapport.query.api.student.FetchAgendaQuery;
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
 * Answers the agenda: the student's lists of chats and of relationships, then their open chats and
 * relationships by key; everything time-based is worked out at the moment of reading, so nothing
 * needs a background job and restarts change nothing.
 */
@Component
class AgendaQueries {

  private final Viewings viewings;
  private final StudentChats chats;
  private final StudentRelationships relationships;
  private final TenantWindows windows;
  private final Clock clock;

  AgendaQueries(
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
  CompletableFuture<AgendaView> handle(FetchAgendaQuery query, MetaData metaData) {
    Viewing viewing = viewings.of(metaData);
    TenantCollections tenant = viewing.collections();
    List<String> student = List.of(query.studentId());
    return viewing
        .ofStudent(
            query.studentId(),
            () ->
                Mono.zip(
                    chats.of(tenant, student).flatMap(lists -> chats.open(tenant, lists)),
                    relationships.documentsOf(tenant, student),
                    windows.thankYouWindow(tenant)))
        .map(found -> Agenda.of(found.getT1(), found.getT2(), clock.instant(), found.getT3()))
        .toFuture();
  }
}
