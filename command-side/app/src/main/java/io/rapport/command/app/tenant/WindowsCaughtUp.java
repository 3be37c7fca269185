package io.rapport.command.app.tenant;

import java.time.Duration;
import java.util.Collection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts right after Axon's processors and before the web server (whose phase is later), and
 * returns only once the windows' processor has read to the head of the event store, or after a
 * limit, with a warning.
 */
class WindowsCaughtUp implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(WindowsCaughtUp.class);
  private static final long POLL_MILLIS = 20;

  private final EventProcessingConfiguration processing;
  private final String processorName;
  private final Duration limit;
  private volatile boolean running;

  WindowsCaughtUp(EventProcessingConfiguration processing, String processorName, Duration limit) {
    this.processing = processing;
    this.processorName = processorName;
    this.limit = limit;
  }

  @Override
  public void start() {
    StreamingEventProcessor processor =
        processing
            .eventProcessor(processorName, StreamingEventProcessor.class)
            .orElseThrow(() -> new IllegalStateException("No processor " + processorName));
    long started = System.nanoTime();
    long deadline = started + limit.toNanos();
    try {
      while (!caughtUp(processor.processingStatus().values())) {
        if (System.nanoTime() > deadline) {
          log.warn("{} has not caught up after {}; starting anyway", processorName, limit);
          break;
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.info("{} ready in {} ms", processorName, (System.nanoTime() - started) / 1_000_000);
    running = true;
  }

  /** Caught up when the claimed segments cover the whole stream and all have read to its head. */
  static boolean caughtUp(Collection<EventTrackerStatus> segments) {
    double covered = 0;
    for (EventTrackerStatus segment : segments) {
      if (!segment.isCaughtUp() || segment.isErrorState()) {
        return false;
      }
      covered += 1.0 / (segment.getSegment().getMask() + 1);
    }
    return covered > 0.999;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return SpringAxonConfiguration.LIFECYCLE_PHASE + 1;
  }
}
