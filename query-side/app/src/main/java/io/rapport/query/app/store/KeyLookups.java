package io.rapport.query.app.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

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
 * no way to ask without a tenant, and no way to scan.
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
    return Flux.from(
            database
                .getCollection(collection)
                .find(and(in("_id", ids), eq("tenantId", tenant.value()))))
        .collectList();
  }
}
