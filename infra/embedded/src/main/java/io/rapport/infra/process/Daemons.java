package io.rapport.infra.process;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Background jobs of the embedded servers, on daemon threads that never keep the JVM alive. */
public final class Daemons {

  private Daemons() {}

  /** Runs the job every {@code every} on a thread of its own named {@code name}. */
  public static ScheduledExecutorService every(Duration every, String name, Runnable job) {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, name);
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(job, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    return executor;
  }
}
