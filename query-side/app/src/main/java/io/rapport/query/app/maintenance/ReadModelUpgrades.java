package io.rapport.query.app.maintenance;

import io.rapport.query.app.store.AcrossTenants;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Brings read models of an earlier shape up to date by themselves at start, with no step for an
 * operator: when a collection that no projection writes any more still holds documents, the
 * projections that took its place are rebuilt from the events, and the old collection is dropped
 * once they are done. A crash before the drop only means they are rebuilt again at the next start.
 */
@Component
public class ReadModelUpgrades {

  private static final Logger log = LoggerFactory.getLogger(ReadModelUpgrades.class);

  /** Collections of earlier versions, with the projections whose collections replaced them. */
  static final Map<String, List<String>> REPLACED =
      Map.of(
          "students", List.of("chats", "relationships"),
          "audit_heads", List.of("audit"),
          "timeline_index", List.of("timelines"));

  /**
   * Collections of earlier versions written beside one of {@link #REPLACED}, dropped with it and
   * before it, so that a crash between the drops leaves the one that starts the upgrade again: the
   * day buckets of timelines beside their owners' indexes of days.
   */
  static final Map<String, List<String>> DROPPED_WITH =
      Map.of("timeline_index", List.of("timeline_buckets"));

  private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

  private final AcrossTenants store;
  private final Rebuilds rebuilds;

  ReadModelUpgrades(AcrossTenants store, Rebuilds rebuilds) {
    this.store = store;
    this.rebuilds = rebuilds;
  }

  @EventListener(ApplicationReadyEvent.class)
  void upgradeOnceReady() {
    upgrade()
        .subscribe(null, failure -> log.warn("Read models not upgraded: {}", failure.toString()));
  }

  /** Rebuilds what replaced each old collection still holding documents, then drops it. */
  public Mono<Void> upgrade() {
    return Flux.fromIterable(REPLACED.entrySet())
        .concatMap(
            replaced ->
                store
                    .holdsAny(replaced.getKey())
                    .filter(Boolean::booleanValue)
                    .flatMap(holds -> rebuildThenDrop(replaced.getKey(), replaced.getValue())))
        .then();
  }

  private Mono<Void> rebuildThenDrop(String old, List<String> projections) {
    projections.forEach(
        name ->
            rebuilds.upgrade(
                name, "its read model was kept in '" + old + "' by an earlier version"));
    return Flux.interval(CHECK_EVERY)
        .filter(tick -> projections.stream().noneMatch(rebuilds::running))
        .next()
        .flatMap(
            allStopped -> {
              if (!projections.stream().allMatch(rebuilds::finished)) {
                log.warn(
                    "'{}' is kept: not all of {} were rebuilt; tried again at the next start",
                    old,
                    projections);
                return Mono.empty();
              }
              return Flux.fromIterable(DROPPED_WITH.getOrDefault(old, List.of()))
                  .concatMap(store::drop)
                  .then(store.drop(old))
                  .doOnSuccess(done -> log.info("Dropped '{}', replaced by {}", old, projections));
            });
  }
}
