package io.rapport.query.app.timeline;

import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.setOnInsert;

import io.rapport.query.app.store.ProjectionWriter;

/**
 * Adds entries to the buckets of their owners, idempotently, and lists each bucket in its owner's
 * index.
 */
final class TimelineWriter {

  static final String INDEX = "timeline_index";
  static final String BUCKETS = "timeline_buckets";

  /** The field of an owner's index listing the names of the owner's buckets. */
  static final String NAMES = "buckets";

  private final ProjectionWriter writer;

  TimelineWriter(ProjectionWriter writer) {
    this.writer = writer;
  }

  void clear() {
    writer.clear(INDEX, BUCKETS);
  }

  void add(TimelineOwner owner, TimelineEntry entry) {
    String bucket = entry.bucket();
    writer.upsert(
        INDEX,
        owner.indexKey(),
        combine(setOnInsert("tenantId", owner.tenant().value()), addToSet(NAMES, bucket)));
    writer.upsert(
        BUCKETS,
        owner.bucketKey(bucket),
        combine(
            setOnInsert("tenantId", owner.tenant().value()),
            addToSet("entries", entry.toDocument())));
  }
}
