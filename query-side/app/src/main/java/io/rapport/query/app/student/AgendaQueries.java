package io.rapport.query.app.student;

import io.rapport.query.api.student.AgendaView;
import io.rapport.query.api.student.FetchAgendaQuery;
import io.rapport.query.app.access.Access;
import io.rapport.query.app.access.Viewer;
import io.rapport.query.app.chat.ChatDocument;
import io.rapport.query.app.relationship.RelationshipDocument;
import io.rapport.query.app.store.KeyLookups;
import io.rapport.query.app.tenant.TenantWindows;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Answers the agenda: one lookup of the student document, then the student's open chats and
 * relationships by key; everything time-based is worked out at the moment of reading, so nothing
 * needs a background job and restarts change nothing.
 */
@Component
class AgendaQueries {

  private final KeyLookups lookups;
  private final Clock clock;
  private final Access access;
  private final TenantWindows windows;

  AgendaQueries(KeyLookups lookups, Clock clock, Access access, TenantWindows windows) {
    this.windows = windows;
    this.lookups = lookups;
    this.access = access;
    this.clock = clock;
  }

  @QueryHandler
  CompletableFuture<AgendaView> handle(FetchAgendaQuery query, MetaData metaData) {
    Viewer viewer = Viewer.of(metaData);
    return access
        .ensureMayRead(viewer, query.studentId())
        .then(
            lookups.byId(
                StudentDocument.COLLECTION,
                viewer.tenant(),
                StudentDocument.key(viewer.tenant(), query.studentId())))
        .defaultIfEmpty(new Document())
        .flatMap(
            student ->
                Mono.zip(
                    lookups.byIds(
                        ChatDocument.COLLECTION,
                        viewer.tenant(),
                        student.getList(StudentDocument.OPEN_CHATS, String.class, List.of())),
                    lookups.byIds(
                        RelationshipDocument.COLLECTION,
                        viewer.tenant(),
                        student.getList(StudentDocument.RELATIONSHIPS, String.class, List.of())),
                    windows.thankYouWindow(viewer.tenant())))
        .map(
            found ->
                Agenda.of(
                    found.getT1().stream()
                        .filter(d -> query.studentId().equals(d.getString("studentId")))
                        .toList(),
                    found.getT2().stream()
                        .filter(d -> query.studentId().equals(d.getString("studentId")))
                        .toList(),
                    clock.instant(),
                    found.getT3()))
        .toFuture();
  }
}
