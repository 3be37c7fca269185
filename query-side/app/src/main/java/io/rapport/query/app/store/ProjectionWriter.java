package io.rapport.query.app.store;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.BsonDocument;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

/**
 * Collects the writes of the events in one processor batch and sends them as one ordered bulk write
 * per collection. Every write is an upsert made only of idempotent operators ({@code $set} of
 * values taken from the event, {@code $max}, {@code $addToSet}, {@code $setOnInsert}), so a
 * redelivered event changes nothing and no write needs to read first. Upserts of one document in
 * one batch are merged where the merge has the same effect (see {@link UpdateMerger}).
 */
public class ProjectionWriter {

  private static final String RESOURCE = ProjectionWriter.class.getName();

  private final MongoDatabase database;

  public ProjectionWriter(MongoDatabase database) {
    this.database = database;
  }

  /** Upserts the document with the given id; flushed with the current batch. */
  public void upsert(String collection, Object id, Bson update) {
    BsonDocument rendered = update.toBsonDocument(BsonDocument.class, database.getCodecRegistry());
    if (!CurrentUnitOfWork.isStarted()) {
      PendingWrites single = new PendingWrites();
      single.upsert(id, rendered);
      write(Map.of(collection, single));
      return;
    }
    pending(CurrentUnitOfWork.get())
        .computeIfAbsent(collection, c -> new PendingWrites())
        .upsert(id, rendered);
  }

  /**
   * Removes the given collections with every document, in all tenants; for a projection's reset
   * before a rebuild, which then writes them again. Sent at once, not with a batch. A drop, not a
   * delete of every document: it takes a moment whatever the size (the embedded server would
   * otherwise read the whole collection into memory), and no read model has an index of its own to
   * lose (every lookup is by {@code _id}).
   */
  public void clear(String... collections) {
    for (String collection : collections) {
      Mono.from(database.getCollection(collection).drop()).block();
    }
  }

  /** Sends the current batch's writes now; called before the batch's token is stored. */
  public void flushCurrentBatch() {
    if (CurrentUnitOfWork.isStarted()) {
      Map<String, PendingWrites> pending = CurrentUnitOfWork.get().getResource(RESOURCE);
      if (pending != null && !pending.isEmpty()) {
        write(pending);
        pending.clear();
      }
    }
  }

  private Map<String, PendingWrites> pending(UnitOfWork<?> unitOfWork) {
    return unitOfWork.getOrComputeResource(
        RESOURCE,
        key -> {
          unitOfWork.onPrepareCommit(u -> flushCurrentBatch());
          return new LinkedHashMap<>();
        });
  }

  private void write(Map<String, PendingWrites> writes) {
    writes.forEach(
        (collection, pending) -> {
          if (!pending.isEmpty()) {
            Mono.from(
                    database
                        .getCollection(collection)
                        .bulkWrite(pending.writes(), new BulkWriteOptions().ordered(true)))
                .block();
          }
        });
  }
}
