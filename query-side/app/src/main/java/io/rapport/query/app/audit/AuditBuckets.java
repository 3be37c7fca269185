package io.rapport.query.app.audit;

import io.rapport.query.app.store.TenantId;

/**
 * Where entries live: a head document per tenant ({@code _id} = tenant) and buckets of {@link
 * #SIZE} entries each ({@code _id} = {@code tenant|bucket}, the bucket number zero-padded so that
 * keys sort in order), each an array of entries in sequence order. Every read is a key lookup.
 *
 * <p>Heads and buckets share one collection, so that a batch's entries and the head that names the
 * last of them reach the store in one bulk write: a crash between two writes could otherwise keep
 * entries whose head was lost, and the batch, delivered again, would link them a second time.
 */
final class AuditBuckets {

  static final String BUCKETS = "audit_buckets";
  static final String HEADS = BUCKETS;
  static final String ENTRIES = "entries";
  static final int SIZE = 100;

  private AuditBuckets() {}

  /** The bucket that holds the entry with this sequence number (from 1). */
  static long bucketOf(long sequence) {
    return (sequence - 1) / SIZE;
  }

  static long firstSequenceOf(long bucket) {
    return bucket * SIZE + 1;
  }

  static String key(TenantId tenant, long bucket) {
    return tenant.key(String.format("%010d", bucket));
  }
}
