package io.rapport.query.app.access;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Projections;
import com.mongodb.reactivestreams.client.MongoDatabase;
import reactor.core.publisher.Mono;

/**
 * Tells an id that exists in another tenant from one that exists nowhere, so that an attempt on
 * another tenant's resource is recorded as a denied attempt like any other 404 on someone else's
 * resource. This is the one lookup that does not filter on the viewer's tenant: it reads only the
 * document's {@code tenantId}, never returns the document, and the caller still gets "not found".
 */
public final class Elsewhere {

  private Elsewhere() {}

  /** Fails as not visible when the id belongs to another tenant; empty otherwise. */
  public static <T> Mono<T> probe(
      MongoDatabase database, String collection, String id, Viewer viewer, String resource) {
    if (id == null) {
      return Mono.empty();
    }
    return Mono.from(
            database
                .getCollection(collection)
                .find(eq("_id", id))
                .projection(Projections.include("tenantId"))
                .first())
        .filter(doc -> !viewer.tenant().value().equals(doc.getString("tenantId")))
        .flatMap(doc -> Mono.error(Visibility.hidden(resource, id)));
  }
}
