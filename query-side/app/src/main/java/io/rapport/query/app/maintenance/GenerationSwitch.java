package io.rapport.query.app.maintenance;

import io.rapport.query.app.config.ReadModelConfiguration;
import io.rapport.query.app.store.Generations;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replaces the live generation of rebuilt read models with the new one, without losing or doubling
 * an event: the processor of all read models is stopped (its tokens stored), the rebuild runs on
 * until it has handled every event that processor had, then stops; the new generations become the
 * live ones and the processor starts again, writing them from its own tokens on. The events the
 * rebuild handled beyond those tokens are handled again by it, which changes nothing (every write
 * is idempotent). The processor stands still for the moment the rebuild needs to catch up the last
 * few events; when that takes longer than {@link #CATCH_UP}, it starts again and the switch is
 * tried again later.
 */
@Component
class GenerationSwitch {

  static final Duration CATCH_UP = Duration.ofSeconds(30);

  private static final Logger log = LoggerFactory.getLogger(GenerationSwitch.class);

  private final EventProcessingConfiguration processing;
  private final Generations generations;
  private final Clock clock;

  GenerationSwitch(EventProcessingConfiguration processing, Generations generations, Clock clock) {
    this.processing = processing;
    this.generations = generations;
    this.clock = clock;
  }

  /** Switches the run's read models to their new generations, if it can catch up in time. */
  void trySwitch(RebuildRun run) {
    PooledStreamingEventProcessor live =
        processing
            .eventProcessor(ReadModelConfiguration.PROCESSOR, PooledStreamingEventProcessor.class)
            .orElseThrow();
    live.shutDown();
    try {
      List<TrackingToken> handled = tokensOf(live.getName());
      if (!awaitCovered(run, handled)) {
        log.info("The rebuild did not catch up within {}; the switch is tried again", CATCH_UP);
        return;
      }
      run.processor().shutDown();
      run.generationByModel()
          .forEach(
              (model, generation) -> {
                generations.switchTo(model, generation);
                // the new generation handled the parked events too, or the rebuild would not end
                processing.deadLetterQueue(model).ifPresent(queue -> queue.clear());
              });
      run.switched(clock.instant());
      log.info(
          "Rebuilt {}: the new generation replaced the live one ({} events at {} events/s)",
          run.generationByModel().keySet(),
          run.total(),
          run.view("", clock.instant()).eventsPerSecond());
    } catch (UnableToClaimTokenException claimedElsewhere) {
      log.info("The read models' processor runs on another node too; the switch is tried again");
    } finally {
      live.start();
    }
  }

  /** The tokens the stopped processor stored, one per segment. */
  private List<TrackingToken> tokensOf(String processor) {
    TokenStore tokens = processing.tokenStore(processor);
    List<TrackingToken> handled = new ArrayList<>();
    for (int segment : tokens.fetchSegments(processor)) {
      handled.add(WrappedToken.unwrapLowerBound(tokens.fetchToken(processor, segment)));
      tokens.releaseClaim(processor, segment);
    }
    return handled;
  }

  private boolean awaitCovered(RebuildRun run, List<TrackingToken> handled) {
    long deadline = System.nanoTime() + CATCH_UP.toNanos();
    while (!covered(run.processor(), handled)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /** Whether every segment of the rebuild has handled every event of the given tokens. */
  static boolean covered(PooledStreamingEventProcessor rebuild, List<TrackingToken> handled) {
    var statuses = rebuild.processingStatus().values();
    if (statuses.isEmpty()) {
      return false;
    }
    for (EventTrackerStatus status : statuses) {
      TrackingToken reached = WrappedToken.unwrapLowerBound(status.getTrackingToken());
      for (TrackingToken token : handled) {
        if (token != null && (reached == null || !reached.covers(token))) {
          return false;
        }
      }
    }
    return true;
  }
}
