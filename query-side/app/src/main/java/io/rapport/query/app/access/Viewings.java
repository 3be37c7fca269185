package io.rapport.query.app.access;

import io.rapport.query.app.store.ReadModelStore;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/** Opens every query handler: the viewer stamped on the query, bound to their tenant. */
@Component
public class Viewings {

  private final ReadModelStore store;
  private final Access access;

  Viewings(ReadModelStore store, Access access) {
    this.store = store;
    this.access = access;
  }

  /** The query's viewer, with their tenant's collections; a query without a tenant is refused. */
  public Viewing of(MetaData metaData) {
    Viewer viewer = Viewer.of(metaData);
    return new Viewing(viewer, store.of(viewer.tenant()), access);
  }
}
