package io.rapport.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;

/**
 * The wire server's H2 file backend with a faster page format (documents kept as BSON, keys
 * compared in memory; the stock backend used Java serialization, over half of the processor in a
 * profile of the projections), and a file that holds whole operations only.
 *
 * <p>H2 saves on its own threads whatever its maps hold at that instant, and one operation of the
 * server changes several maps (a document, then each of its indexes): after a crash, the file could
 * hold a document whose index entry was never saved, and every later upsert of it failed on a
 * duplicate key. Here H2 never saves by itself: every operation runs under a shared lock, and
 * {@link #commit()} saves under the exclusive one, so a save always falls between operations.
 * Because the processors write a batch's read models before its token, a saved token never runs
 * ahead of its read models. The file format differs from the stock backend's.
 */
final class BsonH2Backend extends H2Backend {

  private final ReadWriteLock operations = new ReentrantReadWriteLock();

  private BsonH2Backend(MVStore store) {
    super(store);
  }

  /**
   * Opens the file, H2 saving nothing on its own; throws {@link org.h2.mvstore.MVStoreException}
   * when the file cannot be read.
   */
  static BsonH2Backend open(Path file) {
    MVStore store =
        new MVStore.Builder()
            .fileName(file.toString())
            .autoCommitDisabled() // no background saves
            .autoCommitBufferSize(0) // and none in the middle of a write when much is unsaved
            .open();
    try {
      return new BsonH2Backend(store);
    } catch (RuntimeException e) {
      store.closeImmediately();
      throw e;
    }
  }

  /** What the databases repaired when they were opened. */
  List<String> repairs() {
    List<String> repairs = new ArrayList<>();
    getMvStore().getMapNames().stream()
        .filter(map -> map.startsWith(BsonH2Database.DATA_PREFIX))
        .map(map -> map.substring(BsonH2Database.DATA_PREFIX.length()).split("\\.", 2)[0])
        .distinct()
        .map(this::resolveDatabase)
        .filter(BsonH2Database.class::isInstance)
        .forEach(database -> repairs.addAll(((BsonH2Database) database).repairs()));
    return repairs;
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new BsonH2Database(databaseName, getMvStore(), getCursorRegistry());
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    return underSharedLock(() -> super.handleCommand(channel, database, command, query));
  }

  @Override
  public QueryResult handleQuery(MongoQuery query) {
    return underSharedLock(() -> super.handleQuery(query));
  }

  /**
   * Saves every operation completed so far, and none in progress, to the file. Operations wait
   * meanwhile.
   *
   * @return whether anything was saved
   */
  boolean commitBetweenOperations() {
    operations.writeLock().lock();
    try {
      MVStore store = getMvStore();
      if (store.isClosed() || !store.hasUnsavedChanges()) {
        return false;
      }
      store.commit();
      return true;
    } finally {
      operations.writeLock().unlock();
    }
  }

  /**
   * Rewrites sparsely used parts of the file when it is mostly garbage (H2's background
   * housekeeping, which this backend does not run), then saves, between operations.
   */
  void compactBetweenOperations(int targetFillRate, int maxBytes) {
    operations.writeLock().lock();
    try {
      MVStore store = getMvStore();
      if (!store.isClosed() && store.compact(targetFillRate, maxBytes)) {
        store.commit();
      }
    } finally {
      operations.writeLock().unlock();
    }
  }

  /** Forces what was saved to the disk; operations go on meanwhile. */
  void sync() {
    MVStore store = getMvStore();
    if (!store.isClosed()) {
      store.sync();
    }
  }

  /** Saves what is complete and closes the file, once no operation is running. */
  @Override
  public void close() {
    operations.writeLock().lock();
    try {
      super.close();
    } finally {
      operations.writeLock().unlock();
    }
  }

  private <T> T underSharedLock(Supplier<T> operation) {
    operations.readLock().lock();
    try {
      return operation.get();
    } finally {
      operations.readLock().unlock();
    }
  }
}
