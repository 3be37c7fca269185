package io.rapport.query.app.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.model.Projections;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.rapport.query.app.access.TenantId;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The only ways the read side reads: documents by their full keys, always within a tenant. There is
 * no way to ask without a tenant, and no way to scan. Lists of keys go through {@link
 * #withinTenant}.
 */
@Component
public class KeyLookups {

  private final MongoDatabase database;

  KeyLookups(MongoDatabase database) {
    this.database = database;
  }

  /** The document with the given key in the tenant, if any. */
  public Mono<Document> byId(String collection, TenantId tenant, String id) {
    return Mono.from(
        database
            .getCollection(collection)
            .find(and(eq("_id", id), eq("tenantId", tenant.value())))
            .first());
  }

  /** The documents with the given keys in the tenant, in one round trip. */
  public Mono<List<Document>> byIds(String collection, TenantId tenant, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Mono.just(List.of());
    }
    return withinTenant(database.getCollection(collection), tenant, ids).collectList();
  }

  /**
   * The documents with the given keys that belong to the tenant, in one round trip. They are asked
   * by key alone, which is a key lookup on any MongoDB (the embedded wire server scans the whole
   * collection when a list of keys is combined with another condition), and kept only when their
   * {@code tenantId} is the tenant's.
   */
  public static Flux<Document> withinTenant(
      MongoCollection<Document> collection, TenantId tenant, Collection<String> ids) {
    return withinTenant(collection, tenant, ids, null);
  }

  /** As {@link #withinTenant(MongoCollection, TenantId, Collection)}, reading only some fields. */
  public static Flux<Document> withinTenant(
      MongoCollection<Document> collection,
      TenantId tenant,
      Collection<String> ids,
      List<String> fields) {
    if (ids.isEmpty()) {
      return Flux.empty();
    }
    var find = collection.find(in("_id", ids));
    if (fields != null) {
      List<String> read = new java.util.ArrayList<>(fields);
      read.add("tenantId");
      find = find.projection(Projections.include(read));
    }
    return Flux.from(find).filter(doc -> tenant.value().equals(doc.getString("tenantId")));
  }
}
