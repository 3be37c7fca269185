package io.rapport.query.app.store;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.springframework.stereotype.Component;

/**
 * The read side's way into its database: it hands out the collections of one tenant at a time
 * ({@link TenantCollections}), so that no read or write can be made without a tenant. The few
 * operations that span tenants are in {@link AcrossTenants}, by name.
 */
@Component
public class ReadModelStore {

  private final MongoDatabase database;
  private final CollectionNames names;
  private final ProjectionWriter writer;

  public ReadModelStore(MongoDatabase database, CollectionNames names, ProjectionWriter writer) {
    this.database = database;
    this.names = names;
    this.writer = writer;
  }

  /** The collections of the tenant, every lookup and write bound to it. */
  public TenantCollections of(TenantId tenant) {
    return new TenantCollections(database, names, writer, tenant);
  }
}
