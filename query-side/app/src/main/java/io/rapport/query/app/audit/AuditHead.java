package io.rapport.query.app.audit;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import io.rapport.query.app.store.TenantId;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The end of a tenant's chain: the last sequence number and hash, with their {@link AuditKey} MAC,
 * and the event-stream position up to which the tenant's events are in the chain.
 *
 * <p>The position is kept as a gap-aware token (index and gaps), not as one number: an event whose
 * transaction committed late arrives after events with higher global positions, and must still be
 * added, while a redelivered event must not. The token's {@code covers} tells the two apart.
 *
 * @param position null until the first tracked event
 * @param mac null for a chain with no entries yet, or a head written before heads were signed
 */
record AuditHead(
    String tenantId,
    long lastSequence,
    String lastHash,
    GapAwareTrackingToken position,
    String mac) {

  /** The head of a chain with no entries yet. */
  static AuditHead start(String tenantId) {
    return new AuditHead(tenantId, 0, AuditChain.GENESIS, null, null);
  }

  /** Whether the event at this position is already in the chain (a redelivery). */
  boolean covers(GapAwareTrackingToken eventPosition) {
    return position != null && eventPosition != null && position.covers(eventPosition);
  }

  /**
   * The head after the given entry, which came from the event at {@code eventPosition}, signed with
   * the key.
   */
  AuditHead next(AuditEntry entry, GapAwareTrackingToken eventPosition, AuditKey key) {
    return new AuditHead(
        tenantId,
        entry.sequence(),
        entry.hash(),
        eventPosition == null ? position : eventPosition,
        key.ofHead(tenantId, entry.sequence(), entry.hash()));
  }

  Bson update() {
    return combine(
        set("lastSequence", lastSequence),
        set("lastHash", lastHash),
        set("lastPosition", position == null ? null : position.getIndex()),
        set("gaps", position == null ? List.of() : List.copyOf(position.getGaps())),
        set("mac", mac));
  }

  static AuditHead fromDocument(Document doc) {
    Object index = doc.get("lastPosition");
    List<Long> gaps =
        doc.getList("gaps", Object.class, List.of()).stream()
            .map(gap -> ((Number) gap).longValue())
            .toList();
    return new AuditHead(
        doc.getString(TenantId.KEY),
        ((Number) doc.get("lastSequence", 0L)).longValue(),
        doc.getString("lastHash"),
        index instanceof Number n ? GapAwareTrackingToken.newInstance(n.longValue(), gaps) : null,
        doc.get("mac") instanceof String mac ? mac : null);
  }
}
