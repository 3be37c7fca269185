package io.rapport.query.app.access;

import io.rapport.query.api.NotVisible;
import org.axonframework.queryhandling.QueryExecutionException;
import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * Lets a viewer see a document of a student they may read; any other existing document fails the
 * query with {@link NotVisible}, which the edge answers as 404 and records as a denied attempt.
 */
public final class Visibility {

  private Visibility() {}

  /** The document, if the viewer may read the student it belongs to. */
  public static Mono<Document> check(Viewer viewer, Document doc, String resource) {
    String studentId = doc.getString("studentId");
    if (studentId != null && viewer.mayRead(studentId)) {
      return Mono.just(doc);
    }
    return Mono.error(hidden(resource, doc.getString("_id")));
  }

  /** The failure of a query for an existing resource the viewer may not see. */
  public static QueryExecutionException hidden(String resource, String id) {
    return new QueryExecutionException(resource + " not found", null, new NotVisible(resource, id));
  }
}
