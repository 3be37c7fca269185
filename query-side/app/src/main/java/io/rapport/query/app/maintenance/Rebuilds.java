package io.rapport.query.app.maintenance;

import io.rapport.query.api.projection.FetchRebuildProgressQuery;
import io.rapport.query.api.projection.RebuildProgressView;
import io.rapport.query.api.projection.RebuildProjectionCommand;
import io.rapport.query.api.projection.RebuildState;
import io.rapport.query.app.config.ReadModelProperties;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a projection with Axon's replay while the API stays up: the processor is stopped, its
 * tokens are reset to the start of the stream (its {@code @ResetHandler} clears its read model, and
 * its parked events are dropped, since they will be handled again), and it is started again.
 * Queries keep being answered from the read model as it fills up. Progress is logged every few
 * seconds until done.
 */
@Component
class Rebuilds implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

  private final ReadModelProcessors processors;
  private final EventProcessingConfiguration processing;
  private final EventStore events;
  private final Clock clock;
  private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
  private final ExecutorService restarts = Executors.newSingleThreadExecutor(daemon("rebuild"));
  private final ScheduledExecutorService reports =
      Executors.newSingleThreadScheduledExecutor(daemon("rebuild-progress"));

  Rebuilds(
      ReadModelProcessors processors,
      EventProcessingConfiguration processing,
      EventStore events,
      Clock clock,
      ReadModelProperties properties) {
    this.processors = processors;
    this.processing = processing;
    this.events = events;
    this.clock = clock;
    long every = properties.rebuildLogInterval().toMillis();
    reports.scheduleAtFixedRate(this::report, every, every, TimeUnit.MILLISECONDS);
  }

  @CommandHandler
  RebuildProgressView handle(RebuildProjectionCommand command, MetaData metaData) {
    String name = command.name();
    PooledStreamingEventProcessor processor =
        processors
            .byName(name)
            .filter(found -> Staff.isPlatformStaff(metaData))
            .orElseThrow(() -> Staff.notFound("There is no projection " + name + "."));
    Rebuild rebuild =
        begin(name)
            .orElseThrow(
                () ->
                    Staff.conflict(
                        "rebuild-running",
                        "The projection " + name + " is being rebuilt already."));
    log.info("Rebuilding {} from the events; the stream's head is at {}", name, rebuild.total());
    restarts.execute(() -> restart(processor, rebuild));
    return progress(name, rebuild);
  }

  /**
   * Rebuilds a read model found inconsistent with its store, unless it is being rebuilt already.
   *
   * @return whether a rebuild started
   */
  boolean repair(String name, String reason) {
    return rebuildUnasked(
        name,
        rebuild ->
            log.error(
                "The read model of {} contradicts its store ({}); rebuilding it from the event"
                    + " store (head at {}) while the other read models keep serving",
                name,
                reason,
                rebuild.total()));
  }

  /**
   * Rebuilds a read model left in the shape of an earlier version, unless it is being rebuilt
   * already.
   *
   * @return whether a rebuild started
   */
  boolean upgrade(String name, String why) {
    return rebuildUnasked(
        name,
        rebuild ->
            log.info(
                "Rebuilding {} from the event store (head at {}): {}", name, rebuild.total(), why));
  }

  private boolean rebuildUnasked(String name, Consumer<Rebuild> announce) {
    Optional<PooledStreamingEventProcessor> processor = processors.byName(name);
    Optional<Rebuild> rebuild = processor.flatMap(found -> begin(name));
    if (rebuild.isEmpty()) {
      return false;
    }
    announce.accept(rebuild.get());
    restarts.execute(() -> restart(processor.get(), rebuild.get()));
    return true;
  }

  /** Whether the projection is being rebuilt now. */
  boolean running(String name) {
    Rebuild rebuild = rebuilds.get(name);
    return rebuild != null && progress(name, rebuild).state() == RebuildState.RUNNING;
  }

  /** Whether the projection's last rebuild in this process finished, every event handled. */
  boolean finished(String name) {
    Rebuild rebuild = rebuilds.get(name);
    return rebuild != null && progress(name, rebuild).state() == RebuildState.DONE;
  }

  /** A new rebuild of the projection, unless one runs. */
  private Optional<Rebuild> begin(String name) {
    synchronized (rebuilds) {
      if (running(name)) {
        return Optional.empty();
      }
      Rebuild rebuild = new Rebuild(name, headPosition(), clock.instant());
      rebuilds.put(name, rebuild);
      return Optional.of(rebuild);
    }
  }

  @QueryHandler
  Optional<RebuildProgressView> handle(FetchRebuildProgressQuery query, MetaData metaData) {
    String name = query.name();
    if (!Staff.isPlatformStaff(metaData) || processors.byName(name).isEmpty()) {
      return Optional.empty();
    }
    Rebuild rebuild = rebuilds.get(name);
    return Optional.of(rebuild == null ? Rebuild.none(name) : progress(name, rebuild));
  }

  private void restart(PooledStreamingEventProcessor processor, Rebuild rebuild) {
    try {
      processor.shutDown();
      // its parked events are handled again by the replay, where they park again if still failing
      processing.deadLetterQueue(processor.getName()).ifPresent(queue -> queue.clear());
      processor.resetTokens();
      processor.start();
      rebuild.restarted();
    } catch (RuntimeException e) {
      log.error("Could not reset {}; it goes on where it was", processor.getName(), e);
      rebuild.fail(clock.instant());
      processor.start();
    }
  }

  /** The progress now; the first to see the rebuild done logs it. */
  private RebuildProgressView progress(String name, Rebuild rebuild) {
    synchronized (rebuild) {
      boolean wasRunning = rebuild.running();
      RebuildProgressView view =
          processors
              .byName(name)
              .map(
                  processor ->
                      rebuild.observe(
                          processor.processingStatus().values(),
                          processors.segments(name),
                          clock.instant()))
              .orElseGet(() -> Rebuild.none(name));
      if (wasRunning && view.state() == RebuildState.DONE) {
        log.info(
            "Rebuilt {}: {} events at {} events/s, finished {}",
            name,
            view.eventsTotal(),
            view.eventsPerSecond(),
            view.finishedAt());
      }
      return view;
    }
  }

  private long headPosition() {
    TrackingToken head = events.createHeadToken();
    return head == null ? 0 : head.position().orElse(0);
  }

  private void report() {
    rebuilds.forEach(
        (name, rebuild) -> {
          if (!rebuild.running()) {
            return;
          }
          try {
            RebuildProgressView view = progress(name, rebuild);
            if (view.state() == RebuildState.RUNNING) {
              log.info(
                  "Rebuilding {}: {} of {} events, {} events/s, about {} s left",
                  name,
                  view.eventsDone(),
                  view.eventsTotal(),
                  view.eventsPerSecond(),
                  view.etaSeconds() == null ? "?" : view.etaSeconds());
            }
          } catch (RuntimeException e) {
            log.warn("Could not read the progress of {}: {}", name, e.toString());
          }
        });
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void destroy() {
    reports.shutdownNow();
    restarts.shutdownNow();
  }
}
