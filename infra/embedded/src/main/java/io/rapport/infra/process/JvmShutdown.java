package io.rapport.infra.process;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether this JVM has begun to shut down, for supervisors that must not start again a server that
 * the shutdown is stopping.
 */
public final class JvmShutdown {

  private final AtomicBoolean started = new AtomicBoolean();

  private JvmShutdown() {}

  /** Starts watching for the JVM's shutdown. */
  public static JvmShutdown watch() {
    JvmShutdown shutdown = new JvmShutdown();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> shutdown.started.set(true), "shutdown-watch"));
    return shutdown;
  }

  /** Whether the JVM shuts down. */
  public boolean started() {
    return started.get();
  }
}
