package io.rapport.query.app.store;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

/**
 * Collects the writes of the events in one processor batch and sends them as one ordered bulk write
 * per collection. Every write is an upsert made only of idempotent operators ({@code $set} of
 * values taken from the event, {@code $max}, {@code $addToSet}, {@code $setOnInsert}), so a
 * redelivered event changes nothing and no write needs to read first.
 */
public class ProjectionWriter {

  private static final String RESOURCE = ProjectionWriter.class.getName();
  private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

  private final MongoDatabase database;

  public ProjectionWriter(MongoDatabase database) {
    this.database = database;
  }

  /** Upserts the document with the given id; flushed with the current batch. */
  public void upsert(String collection, Object id, Bson update) {
    add(collection, new UpdateOneModel<>(new Document("_id", id), update, UPSERT));
  }

  /**
   * Removes every document of the given collections, in all tenants; for a projection's reset
   * before a rebuild, which then writes them again. Sent at once, not with a batch.
   */
  public void clear(String... collections) {
    for (String collection : collections) {
      Mono.from(database.getCollection(collection).deleteMany(new Document())).block();
    }
  }

  /**
   * Removes the given fields from every document of a collection that several projections share, in
   * all tenants, leaving the other projections' fields; for a projection's reset.
   */
  public void unsetEverywhere(String collection, String... fields) {
    Document unset = new Document();
    for (String field : fields) {
      unset.append(field, "");
    }
    Mono.from(
            database
                .getCollection(collection)
                .updateMany(new Document(), new Document("$unset", unset)))
        .block();
  }

  private void add(String collection, WriteModel<Document> write) {
    if (!CurrentUnitOfWork.isStarted()) {
      write(Map.of(collection, List.of(write)));
      return;
    }
    pending(CurrentUnitOfWork.get()).computeIfAbsent(collection, c -> new ArrayList<>()).add(write);
  }

  /** Sends the current batch's writes now; called before the batch's token is stored. */
  public void flushCurrentBatch() {
    if (CurrentUnitOfWork.isStarted()) {
      Map<String, List<WriteModel<Document>>> pending =
          CurrentUnitOfWork.get().getResource(RESOURCE);
      if (pending != null && !pending.isEmpty()) {
        write(pending);
        pending.clear();
      }
    }
  }

  private Map<String, List<WriteModel<Document>>> pending(UnitOfWork<?> unitOfWork) {
    return unitOfWork.getOrComputeResource(
        RESOURCE,
        key -> {
          unitOfWork.onPrepareCommit(u -> flushCurrentBatch());
          return new LinkedHashMap<>();
        });
  }

  private void write(Map<String, List<WriteModel<Document>>> writes) {
    writes.forEach(
        (collection, models) ->
            Mono.from(
                    database
                        .getCollection(collection)
                        .bulkWrite(models, new BulkWriteOptions().ordered(true)))
                .block());
  }
}
