package io.rapport.query.app.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The only reads and writes of the read side that are not bound to one tenant, each named for what
 * it is for: the platform's own documents (the index of tenants), and the documents found by a key
 * that names its tenant (a tenant's own record, a student's calendar token). Anything else goes
 * through {@link TenantCollections}.
 */
@Component
public class AcrossTenants {

  private final MongoDatabase database;
  private final CollectionNames names;
  private final ProjectionWriter writer;

  AcrossTenants(MongoDatabase database, CollectionNames names, ProjectionWriter writer) {
    this.database = database;
    this.names = names;
    this.writer = writer;
  }

  /** The document with the key, whichever tenant it carries; the caller reads its tenant. */
  public Mono<Document> byKey(String collection, String id) {
    return Mono.from(database.getCollection(names.resolve(collection)).find(eq("_id", id)).first());
  }

  /** The documents with the keys, whichever tenants they carry, in one round trip. */
  public Mono<List<Document>> byKeys(String collection, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Mono.just(List.of());
    }
    return Flux.from(database.getCollection(names.resolve(collection)).find(in("_id", ids)))
        .collectList();
  }

  /** Whether a collection holds any document, in any tenant (a read model of an earlier shape). */
  public Mono<Boolean> holdsAny(String collection) {
    return Mono.from(database.getCollection(collection).find().limit(1).first()).hasElement();
  }

  /** Drops a collection that no projection writes any more. */
  public Mono<Void> drop(String collection) {
    return Mono.from(database.getCollection(collection).drop()).then();
  }

  /** Upserts a platform document, one that belongs to no tenant. */
  public void upsertPlatformDocument(String collection, String id, Bson update) {
    writer.upsert(collection, id, update);
  }
}
