package io.rapport.query.app.maintenance;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rapport.query.app.store.ReadModels;
import io.rapport.query.app.store.StoreFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Told of every failed batch of every processor, and of every batch that succeeds: a processor is
 * failing while the last batch of any of its segments failed (a segment that keeps failing is not
 * hidden by the others handling theirs). Failures are counted (metric {@code
 * rapport.projection.failures}, by processor) and the last cause kept for health and the platform
 * API; the batch then fails, so that the processor tries it again. A batch refused because the read
 * model contradicts its store (a duplicate key on an upsert) has the read model rebuilt from the
 * events, at most once per {@link #REPAIR_AT_MOST_EVERY} per read model: a projection that fails so
 * again right after its rebuild has a fault in its code, and is left failing, visibly, rather than
 * rebuilt in a loop.
 */
@Component
class ProcessorFailures implements ErrorHandler {

  static final Duration REPAIR_AT_MOST_EVERY = Duration.ofHours(1);

  private static final Logger log = LoggerFactory.getLogger(ProcessorFailures.class);
  private static final int CAUSE_LENGTH = 300;

  /** What went wrong with a processor's batches so far. */
  record Failures(long count, Instant lastAt, String lastCause, long repairs, Instant repairedAt) {

    static final Failures NONE = new Failures(0, null, null, 0, null);

    Failures failed(Instant at, String cause) {
      return new Failures(count + 1, at, cause, repairs, repairedAt);
    }

    Failures repaired(Instant at) {
      return new Failures(count, lastAt, lastCause, repairs + 1, at);
    }
  }

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Map<String, Set<Integer>> failingSegments = new ConcurrentHashMap<>();

  /** Processors whose failing is in the log already: once until they recover. */
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final ObjectProvider<MeterRegistry> meters;
  private final ObjectProvider<Rebuilds> rebuilds;
  private final ReadModels models;
  private final Clock clock;

  ProcessorFailures(
      ObjectProvider<MeterRegistry> meters,
      ObjectProvider<Rebuilds> rebuilds,
      ReadModels models,
      Clock clock) {
    this.meters = meters;
    this.rebuilds = rebuilds;
    this.models = models;
    this.clock = clock;
  }

  @Override
  public void handleError(ErrorContext context) throws Exception {
    String processor = context.eventProcessor();
    Throwable error = context.error();
    Instant now = clock.instant();
    String cause = describe(error);
    failures.merge(
        processor, Failures.NONE.failed(now, cause), (was, one) -> was.failed(now, cause));
    meters.ifAvailable(registry -> counter(registry, processor).increment());
    if (warned.add(processor)) {
      // the log, for operators, has the whole message; what the API shows has none of it
      log.warn(
          "Processor {} failed a batch and tries it again until it succeeds: {}",
          processor,
          detail(error));
    }
    if (StoreFailures.inconsistent(error)) {
      repair(
          StoreFailures.refusedCollection(error).flatMap(models::ownerOfStored).orElse(processor),
          cause,
          now);
    }
    PropagatingErrorHandler.instance().handleError(context);
  }

  /**
   * A batch of a rebuild failed: counted against each read model it builds, so that platform staff
   * see why the rebuild of a read model does not finish. It is tried again, never repaired.
   */
  void rebuildFailed(Iterable<String> models, Throwable error) {
    Instant now = clock.instant();
    String cause = describe(error);
    for (String model : models) {
      failures.merge(model, Failures.NONE.failed(now, cause), (was, one) -> was.failed(now, cause));
    }
  }

  /**
   * What platform staff see of a read model written by a processor it shares: the failures of the
   * processor and those of the read model's own rebuilds, counted together, the latest cause shown.
   */
  Failures ofReadModel(String model, String processor) {
    Failures shared = of(processor);
    Failures own = of(model);
    if (model.equals(processor) || own.lastAt() == null) {
      return shared;
    }
    boolean ownIsLater = shared.lastAt() == null || own.lastAt().isAfter(shared.lastAt());
    return new Failures(
        shared.count() + own.count(),
        ownIsLater ? own.lastAt() : shared.lastAt(),
        ownIsLater ? own.lastCause() : shared.lastCause(),
        own.repairs(),
        own.repairedAt());
  }

  /**
   * A batch of the processor on the segment was rolled back: the segment fails until it commits.
   */
  void batchFailed(String processor, int segment) {
    failingSegments.computeIfAbsent(processor, name -> ConcurrentHashMap.newKeySet()).add(segment);
  }

  /** A batch of the processor on the segment committed. */
  void succeeded(String processor, int segment) {
    Set<Integer> segments = failingSegments.get(processor);
    if (segments != null && segments.remove(segment) && segments.isEmpty()) {
      warned.remove(processor);
      log.info("Processor {} handles its batches again", processor);
    }
  }

  /** What is known of the processor's failures. */
  Failures of(String processor) {
    return failures.getOrDefault(processor, Failures.NONE);
  }

  /** Whether the last batch of any segment of the processor failed. */
  boolean failing(String processor) {
    Set<Integer> segments = failingSegments.get(processor);
    return segments != null && !segments.isEmpty();
  }

  /** Rebuilds the read model, unless it was repaired within the last hour. */
  private void repair(String model, String cause, Instant now) {
    if (of(model).repairedAt() != null
        && of(model).repairedAt().isAfter(now.minus(REPAIR_AT_MOST_EVERY))) {
      return;
    }
    Rebuilds rebuilding = rebuilds.getIfAvailable();
    if (rebuilding != null && rebuilding.repair(model, cause)) {
      failures.merge(model, Failures.NONE.repaired(now), (was, one) -> was.repaired(now));
      meters.ifAvailable(
          registry ->
              registry.counter("rapport.projection.repairs", "read-model", model).increment());
    }
  }

  private Counter counter(MeterRegistry registry, String processor) {
    return counters.computeIfAbsent(
        processor,
        name ->
            Counter.builder("rapport.projection.failures")
                .description("Failed batches of an event processor, each tried again")
                .tag("processor", name)
                .register(registry));
  }

  /**
   * What platform staff see of a failure: its type, the read store's code, a fixed description;
   * never the message, which may quote a tenant's data.
   */
  static String describe(Throwable error) {
    return DeadLetterCause.ofFailure(error);
  }

  /** The innermost cause, shortened: its type and message. */
  static String detail(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text =
        root.getClass().getSimpleName()
            + (root.getMessage() == null ? "" : ": " + root.getMessage());
    return text.length() <= CAUSE_LENGTH ? text : text.substring(0, CAUSE_LENGTH) + "…";
  }
}
