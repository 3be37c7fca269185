package io.rapport.query.app.audit;

import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantId;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads a tenant's chain by key: the head, and buckets one lookup each, never all at once. */
final class AuditReader {

  private final ReadModelStore store;

  AuditReader(ReadModelStore store) {
    this.store = store;
  }

  /** The tenant's head; empty when the tenant has no entries (or the head was deleted). */
  Mono<AuditHead> head(TenantId tenant) {
    return store.of(tenant).byId(AuditBuckets.HEADS, tenant.value()).map(AuditHead::fromDocument);
  }

  /** The entries of one bucket in stored order; empty when the bucket does not exist. */
  Mono<List<AuditEntry>> bucket(TenantId tenant, long bucket) {
    return find(tenant, bucket).defaultIfEmpty(List.of());
  }

  /**
   * Every stored entry up to the head's last sequence, bucket by bucket, in stored order; without a
   * head, the buckets that follow each other from the first.
   */
  Flux<AuditEntry> all(TenantId tenant, AuditHead head) {
    if (head != null) {
      return Flux.range(0, (int) AuditBuckets.bucketOf(head.lastSequence()) + 1)
          .concatMap(bucket -> bucket(tenant, bucket), 1)
          .concatMapIterable(entries -> entries);
    }
    return Flux.range(0, Integer.MAX_VALUE)
        .concatMap(
            bucket -> find(tenant, bucket).map(Optional::of).defaultIfEmpty(Optional.empty()), 1)
        .takeWhile(Optional::isPresent)
        .concatMapIterable(Optional::get);
  }

  private Mono<List<AuditEntry>> find(TenantId tenant, long bucket) {
    return store
        .of(tenant)
        .byId(AuditBuckets.BUCKETS, AuditBuckets.key(tenant, bucket))
        .map(AuditReader::entries);
  }

  /** A stored element that is not a document reads as an empty entry, which the check reports. */
  private static List<AuditEntry> entries(Document bucket) {
    if (!(bucket.get(AuditBuckets.ENTRIES) instanceof List<?> entries)) {
      return List.of();
    }
    return entries.stream()
        .map(entry -> AuditEntry.fromDocument(entry instanceof Document d ? d : new Document()))
        .toList();
  }
}
