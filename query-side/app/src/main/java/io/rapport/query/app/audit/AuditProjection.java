package io.rapport.query.app.audit;

import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.setOnInsert;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.audit.AccessDeniedEvent;
import io.rapport.query.app.store.ReadModelCollections;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantCollections;
import io.rapport.query.app.store.TenantId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Appends every event to the audit chains it joins (see {@link AuditChains}): its tenant's, or for
 * an event of platform staff, the platform's and that of the tenant it concerns. Events arrive in
 * order on one segment (see {@link AuditConfiguration}), so the chains are built by one thread.
 * Each entry and head is signed with the {@link AuditKey}; the key stays the same, so a rebuild
 * signs every entry as it was signed before.
 *
 * <p>The head of each tenant is read once per batch and then kept in the batch's unit of work; head
 * and bucket writes go through {@link ProjectionWriter}, buckets before heads. A redelivered event
 * (its position already covered by the head) is skipped, so that replays never duplicate or fork
 * the chain; and since an entry is built from the event and the head alone, an entry written just
 * before a crash is rebuilt identically, so {@code $addToSet} adds it only once.
 */
@Component
@ProcessingGroup(AuditProjection.GROUP)
@ReadModelCollections(AuditBuckets.BUCKETS)
class AuditProjection {

  static final String GROUP = "audit";

  private static final String HEADS = AuditProjection.class.getName() + ".heads";

  private final ReadModelStore store;
  private final AuditKey key;

  AuditProjection(ReadModelStore store, AuditKey key) {
    this.store = store;
    this.key = key;
  }

  /**
   * Before a rebuild: every tenant's chain. The rebuild appends the events again in the order of
   * the stream, which gives every entry the same sequence, hash and MAC as before (and a MAC to
   * entries written before entries were signed).
   */
  @EventHandler
  void on(Object payload, EventMessage<?> message) {
    GapAwareTrackingToken position = positionOf(message);
    for (TenantId chain : AuditChains.of(payload, message.getMetaData())) {
      append(chain, payload, message, position);
    }
  }

  private void append(
      TenantId tenantId, Object payload, EventMessage<?> message, GapAwareTrackingToken position) {
    Map<String, AuditHead> heads = heads();
    AuditHead head = heads.computeIfAbsent(tenantId.value(), id -> read(tenantId));
    if (head.covers(position)) {
      return;
    }
    AuditEntry entry =
        AuditChain.link(tenantId.value(), entryOf(payload, message, head), head.lastHash(), key);
    long bucket = AuditBuckets.bucketOf(entry.sequence());
    TenantCollections chain = store.of(tenantId);
    chain.upsert(
        AuditBuckets.BUCKETS,
        AuditBuckets.key(tenantId, bucket),
        combine(setOnInsert("bucket", bucket), addToSet(AuditBuckets.ENTRIES, entry.toDocument())));
    AuditHead next = head.next(entry, position, key);
    chain.upsert(AuditBuckets.HEADS, tenantId.value(), next.update());
    heads.put(tenantId.value(), next);
  }

  private static AuditEntry entryOf(Object payload, EventMessage<?> message, AuditHead head) {
    MetaData metaData = message.getMetaData();
    String type = typeOf(message);
    String actorId = text(metaData.get(Stamp.USER_ID.key()));
    return new AuditEntry(
        head.lastSequence() + 1,
        message.getIdentifier(),
        type,
        payload instanceof AccessDeniedEvent ? AuditEntry.SECURITY : AuditEntry.ACTIVITY,
        message.getTimestamp().truncatedTo(ChronoUnit.MILLIS),
        actorId,
        roles(metaData.get(Stamp.ROLES.key())),
        text(metaData.get(Stamp.CORRELATION_ID.key())),
        AuditChains.component(payload, "studentId"),
        AuditSummary.of(payload, type, actorId),
        null,
        null);
  }

  /** The heads read in this batch, kept in its unit of work; none kept outside a batch. */
  private static Map<String, AuditHead> heads() {
    if (!CurrentUnitOfWork.isStarted()) {
      return new HashMap<>();
    }
    return CurrentUnitOfWork.get().getOrComputeResource(HEADS, key -> new HashMap<>());
  }

  /** Reads the head; blocking is fine here, on a processor thread. */
  private AuditHead read(TenantId tenant) {
    return store
        .of(tenant)
        .byId(AuditBuckets.HEADS, tenant.value())
        .map(AuditHead::fromDocument)
        .blockOptional()
        .orElseGet(() -> AuditHead.start(tenant.value()));
  }

  /** The event's position in the stream, as a gap-aware token; null for an untracked event. */
  static GapAwareTrackingToken positionOf(EventMessage<?> message) {
    if (!(message instanceof TrackedEventMessage<?> tracked)) {
      return null;
    }
    TrackingToken token = WrappedToken.unwrapLowerBound(tracked.trackingToken());
    if (token instanceof GapAwareTrackingToken gapAware) {
      return gapAware;
    }
    return token != null && token.position().isPresent()
        ? GapAwareTrackingToken.newInstance(token.position().getAsLong(), List.of())
        : null;
  }

  private static String typeOf(EventMessage<?> message) {
    String name = message.getPayloadType().getSimpleName();
    return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
  }

  private static List<String> roles(Object roles) {
    if (roles instanceof Collection<?> list) {
      return list.stream().map(String::valueOf).sorted().toList();
    }
    return roles == null ? List.of() : List.of(roles.toString());
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
