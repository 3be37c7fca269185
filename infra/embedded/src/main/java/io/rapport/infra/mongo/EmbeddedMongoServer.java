package io.rapport.infra.mongo;

import de.bwaldvogel.mongo.MongoServer;
import io.rapport.infra.process.Daemons;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server ({@code de.bwaldvogel:mongo-java-server}), reached through the
 * MongoDB drivers like any MongoDB. It keeps its data in an H2 file (see {@link BsonH2Backend})
 * that it saves between operations every {@link #SAVE_EVERY}, so that after a crash at any instant
 * the file holds whole operations, in order.
 *
 * <p>When a save fails (the disk is full), H2 closes the store; the server then opens the file
 * again as it was last saved, on the same port, as soon as it can. Writes acknowledged since that
 * save are gone, tokens included; listeners given to {@link #onReopenedAfterLoss} are told, so that
 * processors read their tokens again and project the lost events once more.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

  /** How often completed operations are saved to the file. */
  public static final Duration SAVE_EVERY = Duration.ofMillis(500);

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
  private static final int COMPACT_EVERY_SAVES = 120;
  private static final int TARGET_FILL_RATE = 50;
  private static final int COMPACT_MAX_BYTES = 16 << 20;

  private final StoreFile file;
  private final ScheduledExecutorService saver;
  private final List<Runnable> reopenedAfterLoss = new CopyOnWriteArrayList<>();
  private final StoreRecovery recovery;
  private volatile int port;
  private volatile MongoServer server;
  private volatile BsonH2Backend backend;
  private volatile String lastFailure;
  private long saves;
  private boolean closed;

  private EmbeddedMongoServer(StoreFile file, int port) {
    this.file = file;
    StoreFile.Opened opened = file.open();
    this.recovery = opened.recovery();
    listen(opened.backend(), port);
    this.saver = Daemons.every(SAVE_EVERY, "read-store-saver", this::save);
  }

  /** Starts a server kept in the given H2 file (created when missing), on a port (0 = any). */
  public static EmbeddedMongoServer start(Path file, int port) {
    return new EmbeddedMongoServer(new StoreFile(file, Clock.systemUTC()), port);
  }

  /** The connection string to give a MongoDB driver. */
  public String connectionString() {
    return "mongodb://127.0.0.1:" + port;
  }

  /** What was found wrong with the file when it was opened, and what was done about it. */
  public StoreRecovery recovery() {
    return recovery;
  }

  /** Whether the server accepts connections and its store is open. */
  public boolean isRunning() {
    BsonH2Backend current = backend;
    return server != null && current != null && !current.getMvStore().isClosed();
  }

  /** Why the last save failed, while the store is not open again; null when all is well. */
  public String failure() {
    return lastFailure;
  }

  /** Runs the given action whenever the store was opened again after losing unsaved writes. */
  public void onReopenedAfterLoss(Runnable listener) {
    reopenedAfterLoss.add(listener);
  }

  /**
   * Stops serving: closes every connection, saves what is complete and closes the file (an outage
   * of the read store, for the fault harness). {@link #resume()} starts it again.
   */
  public synchronized void suspend() {
    if (server != null) {
      log.warn("Read store suspended: not accepting connections on port {}", port);
      server.shutdownNow();
      server = null;
      backend = null;
    }
  }

  /** Opens the file again and serves on the same port as before. */
  public synchronized void resume() {
    if (server == null && !closed) {
      listen(file.open().backend(), port);
      log.warn("Read store resumed on port {}", port);
    }
  }

  /** The backend serving now; for tests that fail its store. */
  BsonH2Backend backend() {
    return backend;
  }

  private void listen(BsonH2Backend opened, int requestedPort) {
    MongoServer listening = new MongoServer(opened);
    try {
      listening.bind("127.0.0.1", requestedPort);
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
    InetSocketAddress address = listening.getLocalAddress();
    this.port = address.getPort();
    this.backend = opened;
    this.server = listening;
  }

  private synchronized void save() {
    BsonH2Backend current = backend;
    if (current == null || closed) {
      return;
    }
    try {
      if (current.getMvStore().isClosed()) {
        reopenAfterLoss();
        return;
      }
      if (current.commitBetweenOperations()) {
        current.sync();
      }
      if (++saves % COMPACT_EVERY_SAVES == 0) {
        current.compactBetweenOperations(TARGET_FILL_RATE, COMPACT_MAX_BYTES);
      }
      lastFailure = null;
    } catch (RuntimeException e) {
      if (lastFailure == null) {
        log.error("The read store could not save to {}: {}", file.path(), e.toString());
      }
      lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** H2 closed the store after a failed write: serve the file as last saved, once it opens. */
  private void reopenAfterLoss() {
    MongoServer failed = server;
    BsonH2Backend reopened = file.open().backend(); // throws, to be tried again, while it cannot
    server = null;
    backend = null;
    if (failed != null) {
      failed.shutdownNow();
    }
    listen(reopened, port);
    lastFailure = null;
    log.warn(
        "The read store was opened again from its last save after a failed write; the writes since"
            + " then are projected again");
    reopenedAfterLoss.forEach(Runnable::run);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    saver.shutdownNow();
    if (server != null) {
      server.shutdown();
      server = null;
      backend = null;
    }
  }
}
