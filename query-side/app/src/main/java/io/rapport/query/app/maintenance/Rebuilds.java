package io.rapport.query.app.maintenance;

import io.rapport.query.api.projection.FetchRebuildProgressQuery;
import io.rapport.query.api.projection.RebuildProgressView;
import io.rapport.query.api.projection.RebuildProjectionCommand;
import io.rapport.query.app.config.ReadModelProperties;
import io.rapport.query.app.store.Generations;
import io.rapport.query.app.store.ReadModels;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds read models beside the live ones while the API stays up (blue-green): a processor of the
 * rebuild's own reads the events from the start into the read models' next generation (see {@link
 * Generations}), while queries keep reading, and the processor of all read models keeps writing,
 * the live generation. Once the rebuild has caught up, the new generation replaces the live one
 * ({@link GenerationSwitch}). A rebuild of {@value #ALL} rebuilds every read model in one pass over
 * the events. A rebuild interrupted by a crash starts again at the next start. Progress is logged
 * every few seconds until done.
 */
@Component
class Rebuilds implements DisposableBean {

  /** The name under which every read model is rebuilt at once. */
  static final String ALL = "all";

  private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
  private static final long WATCH_EVERY_MILLIS = 250;
  private static final long REFRESH_EVERY_MILLIS = 5_000;

  private final ReadModels models;
  private final Generations generations;
  private final RebuildProcessors processors;
  private final GenerationSwitch generationSwitch;
  private final EventStore events;
  private final Clock clock;
  private final int batchSize;
  private final Map<String, RebuildRun> runsByName = new ConcurrentHashMap<>();
  private final ScheduledExecutorService work =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "rebuilds");
            thread.setDaemon(true);
            return thread;
          });

  Rebuilds(
      ReadModels models,
      Generations generations,
      RebuildProcessors processors,
      GenerationSwitch generationSwitch,
      EventStore events,
      Clock clock,
      ReadModelProperties properties) {
    this.models = models;
    this.generations = generations;
    this.processors = processors;
    this.generationSwitch = generationSwitch;
    this.events = events;
    this.clock = clock;
    this.batchSize = properties.batchSize();
    long every = properties.rebuildLogInterval().toMillis();
    work.scheduleWithFixedDelay(
        this::watch, WATCH_EVERY_MILLIS, WATCH_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    work.scheduleAtFixedRate(this::report, every, every, TimeUnit.MILLISECONDS);
    work.scheduleWithFixedDelay(
        this::refresh, REFRESH_EVERY_MILLIS, REFRESH_EVERY_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Starts again the rebuilds that a crash or a stop interrupted, from the start. */
  @EventListener(ApplicationReadyEvent.class)
  void resumeInterrupted() {
    for (String model : models.names()) {
      try {
        if (generations.of(model).building() != null) {
          rebuildUnasked(
              model,
              run ->
                  log.info(
                      "The rebuild of {} was interrupted; it starts again (head at {})",
                      model,
                      run.total()));
        }
      } catch (RuntimeException e) {
        log.warn("Could not check for an interrupted rebuild of {}: {}", model, e.toString());
      }
    }
  }

  @CommandHandler
  RebuildProgressView handle(RebuildProjectionCommand command, MetaData metaData) {
    String name = command.name();
    if (!Staff.isPlatformStaff(metaData) || !(ALL.equals(name) || models.contains(name))) {
      throw Staff.notFound("There is no projection " + name + ".");
    }
    RebuildRun run =
        begin(name, ALL.equals(name) ? models.names() : List.of(name))
            .orElseThrow(
                () ->
                    Staff.conflict(
                        "rebuild-running",
                        "The projection " + name + " is being rebuilt already."));
    log.info("Rebuilding {} from the events; the stream's head is at {}", name, run.total());
    return run.view(name, clock.instant());
  }

  /**
   * Rebuilds a read model found inconsistent with its store, unless it is being rebuilt already.
   *
   * @return whether a rebuild started
   */
  boolean repair(String model, String reason) {
    return rebuildUnasked(
        model,
        run ->
            log.error(
                "The read model of {} contradicts its store ({}); rebuilding it from the event"
                    + " store (head at {}) while the other read models keep serving",
                model,
                reason,
                run.total()));
  }

  /**
   * Rebuilds a read model left in the shape of an earlier version, unless it is being rebuilt
   * already.
   *
   * @return whether a rebuild started
   */
  boolean upgrade(String model, String why) {
    return rebuildUnasked(
        model,
        run ->
            log.info(
                "Rebuilding {} from the event store (head at {}): {}", model, run.total(), why));
  }

  private boolean rebuildUnasked(String model, Consumer<RebuildRun> announce) {
    if (!models.contains(model)) {
      return false;
    }
    Optional<RebuildRun> run = begin(model, List.of(model));
    run.ifPresent(announce);
    return run.isPresent();
  }

  /** Whether the read model is being rebuilt now. */
  boolean running(String model) {
    RebuildRun run = runsByName.get(model);
    return run != null && run.running();
  }

  /** Whether the read model's last rebuild in this process finished, its generation switched. */
  boolean finished(String model) {
    RebuildRun run = runsByName.get(model);
    return run != null && run.finished();
  }

  /** A new rebuild of the read models, unless one of them is being rebuilt. */
  private Optional<RebuildRun> begin(String name, List<String> rebuilt) {
    synchronized (runsByName) {
      if (rebuilt.stream().anyMatch(this::running)) {
        return Optional.empty();
      }
      Map<String, Integer> generationByModel = new LinkedHashMap<>();
      for (String model : rebuilt) {
        generationByModel.put(model, generations.beginBuilding(model));
      }
      RebuildRun run = new RebuildRun(generationByModel, headPosition(), clock.instant());
      rebuilt.forEach(model -> runsByName.put(model, run));
      runsByName.put(name, run);
      run.processor(processors.processorFor("rebuild-" + name, generationByModel));
      run.processor().start();
      return Optional.of(run);
    }
  }

  @QueryHandler
  Optional<RebuildProgressView> handle(FetchRebuildProgressQuery query, MetaData metaData) {
    String name = query.name();
    if (!Staff.isPlatformStaff(metaData) || !(ALL.equals(name) || models.contains(name))) {
      return Optional.empty();
    }
    RebuildRun run = runsByName.get(name);
    return Optional.of(run == null ? RebuildRun.none(name) : run.view(name, clock.instant()));
  }

  /** Switches each rebuild that caught up with the head of the stream to its new generations. */
  private void watch() {
    runsByName.values().stream()
        .distinct()
        .filter(RebuildRun::running)
        .forEach(
            run -> {
              try {
                long position = run.position();
                if (position >= 0 && position + batchSize >= headPosition()) {
                  generationSwitch.trySwitch(run);
                }
              } catch (RuntimeException e) {
                log.warn("Could not switch a rebuild to its new generation: {}", e.toString());
              }
            });
  }

  private void refresh() {
    try {
      generations.refresh();
    } catch (RuntimeException e) {
      log.debug("Could not read the read models' generations: {}", e.toString());
    }
  }

  private long headPosition() {
    TrackingToken head = events.createHeadToken();
    return head == null ? 0 : head.position().orElse(0);
  }

  private void report() {
    runsByName.forEach(
        (name, run) -> {
          if (!run.running() || (run.generationByModel().size() > 1 && !ALL.equals(name))) {
            return;
          }
          var view = run.view(name, clock.instant());
          log.info(
              "Rebuilding {}: {} of {} events, {} events/s, about {} s left",
              name,
              view.eventsDone(),
              view.eventsTotal(),
              view.eventsPerSecond(),
              view.etaSeconds() == null ? "?" : view.etaSeconds());
        });
  }

  @Override
  public void destroy() {
    work.shutdownNow();
    runsByName.values().stream()
        .distinct()
        .filter(RebuildRun::running)
        .forEach(run -> run.processor().shutdownAsync());
  }
}
