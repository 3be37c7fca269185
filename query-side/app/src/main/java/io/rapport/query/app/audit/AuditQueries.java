package io.rapport.query.app.audit;

import io.rapport.command.api.Stamp;
import io.rapport.query.api.audit.AuditChainView;
import io.rapport.query.api.audit.AuditEntryView;
import io.rapport.query.api.audit.AuditPage;
import io.rapport.query.api.audit.FetchAuditHistoryQuery;
import io.rapport.query.api.audit.FetchAuditPageQuery;
import io.rapport.query.api.audit.VerifyAuditChainQuery;
import io.rapport.query.app.access.Visibility;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers the audit queries of a tenant-admin about the tenant's chain, and of platform staff about
 * the platform's (see {@link AuditChains}): a page, the whole history streamed, the chain check.
 */
@Component
class AuditQueries {

  /**
   * How many buckets one page reads at most. A filter that matches little would otherwise read the
   * whole history for one page; instead the page ends early with a cursor to go on from.
   */
  static final int BUCKETS_PER_PAGE = 25;

  private final AuditReader reader;
  private final AuditKey key;

  AuditQueries(ReadModelStore store, AuditKey key) {
    this.reader = new AuditReader(store);
    this.key = key;
  }

  /** Newest first, filtered while the buckets are walked from the newest. */
  @QueryHandler
  CompletableFuture<AuditPage> handle(FetchAuditPageQuery query, MetaData metaData) {
    Optional<TenantId> chain = AuditChains.readableBy(metaData);
    if (chain.isEmpty()) {
      return CompletableFuture.failedFuture(hidden(metaData));
    }
    TenantId tenant = chain.get();
    Long before = AuditCursor.decode(query.cursor());
    int limit = Math.max(1, query.limit());
    Predicate<AuditEntry> matches =
        entry ->
            (query.actorId() == null || query.actorId().equals(entry.actorId()))
                && (query.studentId() == null || query.studentId().equals(entry.studentId()))
                && (query.type() == null
                    || query.type().equals(entry.type())
                    || query.type().equals(entry.category()))
                && within(entry, query.from(), query.to());
    return reader
        .head(tenant)
        .flatMap(head -> page(tenant, head, before, matches, limit))
        .defaultIfEmpty(new AuditPage(List.of(), null))
        .toFuture();
  }

  /** Oldest first, bucket by bucket, as the subscriber asks for more. */
  @QueryHandler
  Flux<AuditEntryView> handle(FetchAuditHistoryQuery query, MetaData metaData) {
    Optional<TenantId> chain = AuditChains.readableBy(metaData);
    if (chain.isEmpty()) {
      return Flux.error(hidden(metaData));
    }
    TenantId tenant = chain.get();
    return reader
        .head(tenant)
        .flatMapMany(
            head ->
                reader.all(tenant, head).filter(entry -> entry.sequence() <= head.lastSequence()))
        .filter(entry -> within(entry, query.from(), query.to()))
        .map(AuditEntry::toView);
  }

  @QueryHandler
  CompletableFuture<AuditChainView> handle(VerifyAuditChainQuery query, MetaData metaData) {
    Optional<TenantId> chain = AuditChains.readableBy(metaData);
    if (chain.isEmpty()) {
      return CompletableFuture.failedFuture(hidden(metaData));
    }
    TenantId tenant = chain.get();
    return reader
        .head(tenant)
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            head -> {
              ChainCheck check = new ChainCheck(tenant.value(), head.orElse(null), key);
              return reader
                  .all(tenant, head.orElse(null))
                  .doOnNext(check::accept)
                  .then(Mono.fromSupplier(check::result));
            })
        .toFuture();
  }

  private Mono<AuditPage> page(
      TenantId tenant, AuditHead head, Long before, Predicate<AuditEntry> matches, int limit) {
    long start = before == null ? head.lastSequence() : Math.min(before - 1, head.lastSequence());
    if (start < 1) {
      return Mono.just(new AuditPage(List.of(), null));
    }
    long top = AuditBuckets.bucketOf(start);
    long bottom = Math.max(0, top - BUCKETS_PER_PAGE + 1);
    return Flux.range(0, (int) (top - bottom + 1))
        .concatMap(i -> reader.bucket(tenant, top - i), 1)
        .concatMapIterable(
            entries ->
                entries.stream()
                    .sorted(Comparator.comparingLong(AuditEntry::sequence).reversed())
                    .toList())
        .filter(entry -> entry.sequence() <= start)
        .filter(matches)
        .take(limit + 1L, true)
        .collectList()
        .map(
            found -> {
              if (found.size() > limit) {
                List<AuditEntry> shown = found.subList(0, limit);
                return page(shown, AuditCursor.before(shown.get(limit - 1).sequence()));
              }
              // read as far as one page may: go on below the last bucket read
              String next =
                  bottom > 0 ? AuditCursor.before(AuditBuckets.firstSequenceOf(bottom)) : null;
              return page(found, next);
            });
  }

  private static AuditPage page(List<AuditEntry> entries, String nextCursor) {
    return new AuditPage(entries.stream().map(AuditEntry::toView).toList(), nextCursor);
  }

  private static boolean within(AuditEntry entry, Instant from, Instant to) {
    return (from == null || (entry.at() != null && !entry.at().isBefore(from)))
        && (to == null || (entry.at() != null && entry.at().isBefore(to)));
  }

  private static RuntimeException hidden(MetaData metaData) {
    Object tenant = metaData.get(Stamp.TENANT_ID.key());
    return Visibility.hidden("audit", tenant == null ? AuditChains.PLATFORM.value() : "" + tenant);
  }
}
