package io.rapport.query.app.timeline;

import io.rapport.query.app.store.TenantId;

/** Whose timeline: a student's (newest first) or a relationship's (oldest first). */
record TimelineOwner(TenantId tenant, String kind, String id) {

  static TimelineOwner student(TenantId tenant, String studentId) {
    return new TimelineOwner(tenant, "s", studentId);
  }

  static TimelineOwner relationship(TenantId tenant, String relationshipId) {
    return new TimelineOwner(tenant, "r", relationshipId);
  }

  /** The reads of a student's records by others (newest first). */
  static TimelineOwner disclosures(TenantId tenant, String studentId) {
    return new TimelineOwner(tenant, "d", studentId);
  }

  /** The key of this owner's index of buckets. */
  String indexKey() {
    return tenant.key(kind + ":" + id);
  }

  /** The key of this owner's bucket of the given name. */
  String bucketKey(String bucket) {
    return tenant.key(kind + ":" + id, bucket);
  }
}
