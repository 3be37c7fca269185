package io.rapport.query.app.student;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.reactivestreams.client.MongoDatabase;
import io.rapport.query.api.student.AgendaView;
import io.rapport.query.api.student.FetchAgendaQuery;
import io.rapport.query.app.access.Access;
import io.rapport.query.app.access.Viewer;
import io.rapport.query.app.chat.ChatDocument;
import io.rapport.query.app.relationship.RelationshipDocument;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers the agenda: one lookup of the student document, then the student's open chats and
 * relationships by key; everything time-based is worked out at the moment of reading, so nothing
 * needs a background job and restarts change nothing.
 */
@Component
class AgendaQueries {

  private final MongoDatabase database;
  private final Clock clock;
  private final Access access;

  AgendaQueries(MongoDatabase database, Clock clock, Access access) {
    this.database = database;
    this.access = access;
    this.clock = clock;
  }

  @QueryHandler
  CompletableFuture<AgendaView> handle(FetchAgendaQuery query, MetaData metaData) {
    Viewer viewer = Viewer.of(metaData);
    String tenant = viewer.tenant().value();
    return access
        .ensureMayRead(viewer, query.studentId())
        .then(
            Mono.from(
                database
                    .getCollection(StudentDocument.COLLECTION)
                    .find(
                        and(
                            eq("_id", StudentDocument.key(viewer.tenant(), query.studentId())),
                            eq("tenantId", tenant)))
                    .first()))
        .defaultIfEmpty(new Document())
        .flatMap(
            student ->
                Mono.zip(
                    byIds(
                        ChatDocument.COLLECTION,
                        tenant,
                        student.getList(StudentDocument.OPEN_CHATS, String.class, List.of())),
                    byIds(
                        RelationshipDocument.COLLECTION,
                        tenant,
                        student.getList(StudentDocument.RELATIONSHIPS, String.class, List.of()))))
        .map(
            found ->
                Agenda.of(
                    found.getT1().stream()
                        .filter(d -> query.studentId().equals(d.getString("studentId")))
                        .toList(),
                    found.getT2().stream()
                        .filter(d -> query.studentId().equals(d.getString("studentId")))
                        .toList(),
                    clock.instant()))
        .toFuture();
  }

  private Mono<List<Document>> byIds(String collection, String tenant, List<String> ids) {
    if (ids.isEmpty()) {
      return Mono.just(List.of());
    }
    return Flux.from(
            database.getCollection(collection).find(and(in("_id", ids), eq("tenantId", tenant))))
        .collectList();
  }
}
