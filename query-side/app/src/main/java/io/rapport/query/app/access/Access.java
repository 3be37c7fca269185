package io.rapport.query.app.access;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.reactivestreams.client.MongoDatabase;
import io.rapport.query.app.coaching.PeopleDocuments;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who may read a student's records: the student, the coach assigned to them, and the tenant's
 * admins for a student the tenant knows (one key lookup of the student's person document in the
 * tenant). Anything else existing fails the query as not visible (404 at the edge).
 */
@Component
public class Access {

  private final MongoDatabase database;

  Access(MongoDatabase database) {
    this.database = database;
  }

  /** Whether the viewer may read the records of the student. */
  public Mono<Boolean> mayRead(Viewer viewer, String studentId) {
    if (studentId == null) {
      return Mono.just(false);
    }
    if (studentId.equals(viewer.userId())) {
      return Mono.just(true);
    }
    boolean admin = viewer.roles().contains("tenant-admin");
    if (!admin && !viewer.roles().contains("coach")) {
      return Mono.just(false);
    }
    return Mono.from(
            database
                .getCollection(PeopleDocuments.PEOPLE)
                .find(
                    and(
                        eq("_id", PeopleDocuments.person(viewer.tenant(), studentId)),
                        eq("tenantId", viewer.tenant().value())))
                .first())
        .map(person -> admin || viewer.userId().equals(person.getString("coachId")))
        .defaultIfEmpty(false);
  }

  /** Goes on when the viewer may read the student, fails as not visible otherwise. */
  public Mono<Void> ensureMayRead(Viewer viewer, String studentId) {
    return mayRead(viewer, studentId)
        .flatMap(
            may -> may ? Mono.<Void>empty() : Mono.error(Visibility.hidden("student", studentId)));
  }

  /** The document, when the viewer may read the student it belongs to. */
  public Mono<Document> check(Viewer viewer, Document doc, String resource) {
    return mayRead(viewer, doc.getString("studentId"))
        .flatMap(
            may ->
                may
                    ? Mono.just(doc)
                    : Mono.error(Visibility.hidden(resource, doc.getString("_id"))));
  }
}
