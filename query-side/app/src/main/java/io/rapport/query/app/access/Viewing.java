package io.rapport.query.app.access;

import io.rapport.query.app.store.TenantCollections;
import io.rapport.query.app.store.TenantId;
import java.util.function.Supplier;
import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * A query being answered: who asks, the collections of their tenant, and the access check every
 * answer about a student's records passes first. Made by {@link Viewings#of}.
 */
public final class Viewing {

  private final Viewer viewer;
  private final TenantCollections collections;
  private final Access access;

  Viewing(Viewer viewer, TenantCollections collections, Access access) {
    this.viewer = viewer;
    this.collections = collections;
    this.access = access;
  }

  public Viewer viewer() {
    return viewer;
  }

  public TenantId tenant() {
    return viewer.tenant();
  }

  /** The viewer's tenant's collections. */
  public TenantCollections collections() {
    return collections;
  }

  /**
   * The answer about the student's records, made only when the viewer may read them; fails as a
   * hidden student otherwise.
   */
  public <T> Mono<T> ofStudent(String studentId, Supplier<? extends Mono<T>> answer) {
    return mayRead(studentId, "student", studentId).then(Mono.defer(answer));
  }

  /** Goes on when the viewer may read the student's records; fails as a hidden resource if not. */
  public Mono<Void> mayRead(String studentId, String resource, String id) {
    return access
        .mayRead(viewer, collections, studentId)
        .flatMap(may -> may ? Mono.<Void>empty() : Mono.error(Visibility.hidden(resource, id)));
  }

  /**
   * The tenant's document with the key when the viewer may read the student it belongs to; fails as
   * hidden when they may not, or when the key belongs to another tenant (so that the attempt is
   * recorded as denied), and is empty when it exists nowhere.
   */
  public Mono<Document> visible(String collection, String id, String resource) {
    return collections
        .byId(collection, id)
        .flatMap(doc -> mayRead(doc.getString("studentId"), resource, id).thenReturn(doc))
        .switchIfEmpty(
            collections
                .heldByAnotherTenant(collection, id)
                .flatMap(
                    elsewhere ->
                        elsewhere
                            ? Mono.error(Visibility.hidden(resource, id))
                            : Mono.<Document>empty()));
  }
}
