package io.rapport.query.app.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

/**
 * Collects the writes of the events in one processor batch and sends them as one ordered bulk write
 * per collection. Every write is an upsert made only of idempotent operators ({@code $set} of
 * values taken from the event, {@code $max}, {@code $addToSet}, {@code $setOnInsert}), so a
 * redelivered event changes nothing and no write needs to read first. Upserts of one document in
 * one batch are merged where the merge has the same effect (see {@link UpdateMerger}). A document
 * never changed once written (a timeline entry) is inserted instead, the cheaper write for the
 * store: the inserts of a collection go after its upserts as one unordered bulk, and an insert that
 * finds its document there already (a redelivered event) is taken as done.
 */
public class ProjectionWriter {

  private static final String RESOURCE = ProjectionWriter.class.getName();

  private final MongoDatabase database;
  private final CollectionNames names;

  public ProjectionWriter(MongoDatabase database, CollectionNames names) {
    this.database = database;
    this.names = names;
  }

  /**
   * Upserts the document with the given id; flushed with the current batch, into the collection's
   * generation that the batch writes (see {@link Generations}).
   */
  public void upsert(String name, Object id, Bson update) {
    BsonDocument rendered = update.toBsonDocument(BsonDocument.class, database.getCodecRegistry());
    add(names.resolve(name), pending -> pending.upsert(id, rendered));
  }

  /**
   * Inserts the document with the given id unless the collection holds one with that id already;
   * flushed with the current batch, like {@link #upsert}. Only for documents never changed after:
   * one there already is taken to be this one.
   */
  public void insert(String name, Object id, Document document) {
    Document keyed = new Document("_id", id);
    keyed.putAll(document);
    add(names.resolve(name), pending -> pending.insert(keyed));
  }

  /** Adds the write to the current batch's writes to the collection, or sends it outside one. */
  private void add(String collection, Consumer<PendingWrites> write) {
    if (!CurrentUnitOfWork.isStarted()) {
      PendingWrites single = new PendingWrites();
      write.accept(single);
      write(Map.of(collection, single));
      return;
    }
    write.accept(
        pending(CurrentUnitOfWork.get()).computeIfAbsent(collection, c -> new PendingWrites()));
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
          try {
            bulkWrite(collection, pending.writes(), true);
          } catch (MongoBulkWriteException refused) {
            throw new RefusedWrite(collection, refused);
          }
          try {
            bulkWrite(collection, pending.inserts(), false);
          } catch (MongoBulkWriteException refused) {
            if (!StoreFailures.onlyIdsThereAlready(refused)) {
              throw new RefusedWrite(collection, refused);
            }
          }
        });
  }

  private void bulkWrite(String collection, List<WriteModel<Document>> writes, boolean ordered) {
    if (!writes.isEmpty()) {
      Mono.from(
              database
                  .getCollection(collection)
                  .bulkWrite(writes, new BulkWriteOptions().ordered(ordered)))
          .block();
    }
  }
}
