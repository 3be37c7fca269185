package io.rapport.query.app.timeline;

import static com.mongodb.client.model.Updates.addToSet;

import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantCollections;

/**
 * Adds entries to the buckets of their owners, idempotently, and lists each bucket in its owner's
 * index.
 */
final class TimelineWriter {

  static final String INDEX = "timeline_index";
  static final String BUCKETS = "timeline_buckets";

  /** The field of an owner's index listing the names of the owner's buckets. */
  static final String NAMES = "buckets";

  private final ReadModelStore store;

  TimelineWriter(ReadModelStore store) {
    this.store = store;
  }

  void add(TimelineOwner owner, TimelineEntry entry) {
    String bucket = entry.bucket();
    TenantCollections tenant = store.of(owner.tenant());
    tenant.upsert(INDEX, owner.indexKey(), addToSet(NAMES, bucket));
    tenant.upsert(BUCKETS, owner.bucketKey(bucket), addToSet("entries", entry.toDocument()));
  }
}
