package io.rapport.query.app.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.setOnInsert;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The read models of one tenant, bound to it when made ({@link ReadModelStore#of}): documents are
 * read by their full keys and only when they carry the tenant, and every write stamps the tenant on
 * the document it creates. There is no way to ask without a tenant, and no way to scan: a range of
 * keys lies within the tenant's keys.
 */
public final class TenantCollections {

  private final MongoDatabase database;
  private final CollectionNames names;
  private final ProjectionWriter writer;
  private final TenantId tenant;

  TenantCollections(
      MongoDatabase database, CollectionNames names, ProjectionWriter writer, TenantId tenant) {
    this.database = database;
    this.names = names;
    this.writer = writer;
    this.tenant = tenant;
  }

  public TenantId tenant() {
    return tenant;
  }

  /** The document with the given key in the tenant, if any. */
  public Mono<Document> byId(String collection, String id) {
    return Mono.from(
        database
            .getCollection(names.resolve(collection))
            .find(and(eq("_id", id), eq(TenantId.KEY, tenant.value())))
            .first());
  }

  /** The documents with the given keys in the tenant, in one round trip. */
  public Mono<List<Document>> byIds(String collection, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Mono.just(List.of());
    }
    return eachById(collection, ids, null).collectList();
  }

  /**
   * The documents with the given keys that belong to the tenant, in one round trip, reading only
   * the given fields (all when {@code null}). They are asked by key alone, which is a key lookup on
   * any MongoDB (the embedded wire server scans the whole collection when a list of keys is
   * combined with another condition), and kept only when they carry the tenant.
   */
  public Flux<Document> eachById(String collection, Collection<String> ids, List<String> fields) {
    if (ids.isEmpty()) {
      return Flux.empty();
    }
    var find = database.getCollection(names.resolve(collection)).find(in("_id", ids));
    if (fields != null) {
      List<String> read = new ArrayList<>(fields);
      read.add(TenantId.KEY);
      find = find.projection(Projections.include(read));
    }
    return Flux.from(find).filter(doc -> tenant.value().equals(doc.getString(TenantId.KEY)));
  }

  /**
   * The tenant's documents whose keys lie strictly between two keys of the tenant, in key order
   * (from the upper bound down when {@code descending}), at most {@code limit}: one read of a range
   * of keys, which MongoDB answers from its {@code _id} index and the embedded store from its
   * sorted key map. Both bounds must be keys of this tenant ({@link TenantId#key} and what
   * follows), so a range never reaches into another tenant's keys; each document is asked for with
   * the tenant and kept only when it carries it.
   */
  public Flux<Document> range(
      String collection, String above, String below, boolean descending, int limit) {
    String own = tenant.key();
    if (!above.startsWith(own) || !below.startsWith(own)) {
      return Flux.error(
          new IllegalArgumentException("a range of keys must lie within the tenant's keys"));
    }
    return Flux.from(
            database
                .getCollection(names.resolve(collection))
                .find(and(gt("_id", above), lt("_id", below), eq(TenantId.KEY, tenant.value())))
                .sort(descending ? Sorts.descending("_id") : Sorts.ascending("_id"))
                .limit(limit))
        .filter(doc -> tenant.value().equals(doc.getString(TenantId.KEY)));
  }

  /**
   * Whether a document with the key exists in another tenant. Reads only the document's tenant and
   * never returns the document: it tells an attempt on another tenant's resource from a miss.
   */
  public Mono<Boolean> heldByAnotherTenant(String collection, String id) {
    if (id == null) {
      return Mono.just(false);
    }
    return Mono.from(
            database
                .getCollection(names.resolve(collection))
                .find(eq("_id", id))
                .projection(Projections.include(TenantId.KEY))
                .first())
        .map(doc -> !tenant.value().equals(doc.getString(TenantId.KEY)))
        .defaultIfEmpty(false);
  }

  /**
   * Upserts the tenant's document with the given key, stamping the tenant on it when it is created;
   * flushed with the current batch (see {@link ProjectionWriter}).
   */
  public void upsert(String collection, String id, Bson update) {
    writer.upsert(collection, id, combine(setOnInsert(TenantId.KEY, tenant.value()), update));
  }

  /**
   * Inserts the tenant's document, one never changed once written, unless it is there already (see
   * {@link ProjectionWriter#insert}).
   */
  public void insert(String collection, String id, Document document) {
    Document tagged = new Document(document);
    tagged.put(TenantId.KEY, tenant.value());
    writer.insert(collection, id, tagged);
  }

  /**
   * Replaces the personal values at the paths (see {@link Scrubber}) in the tenant's documents of
   * the collection that match the filter. Erasure is rare, so this is the one write that reads
   * first, and may select by a filter other than the key (e.g. the chats of a relationship); the
   * batch's earlier writes are sent first, so that none is missed.
   */
  public void scrub(String collection, Bson filter, List<String> paths) {
    writer.flushCurrentBatch();
    List<Document> documents =
        Flux.from(
                database
                    .getCollection(names.resolve(collection))
                    .find(and(eq(TenantId.KEY, tenant.value()), filter)))
            .collectList()
            .block();
    for (Document document : documents) {
      Scrubber.scrubbed(document, paths)
          .ifPresent(update -> writer.upsert(collection, document.get("_id"), update));
    }
  }

  /** Sends the current batch's writes now, for a handler that reads what the batch wrote. */
  public void flushCurrentBatch() {
    writer.flushCurrentBatch();
  }
}
