package io.rapport.query.app.store;

import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.Document;

/**
 * The writes of one batch to one collection: the upserts in order, an upsert of a document already
 * upserted in the batch merged into that write when {@link UpdateMerger} can do so; and the inserts
 * of documents never changed once written, which are sent after the upserts, in any order.
 */
final class PendingWrites {

  private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

  private final List<WriteModel<Document>> writes = new ArrayList<>();
  private final Map<Object, Integer> lastUpsertOf = new HashMap<>();
  // the updates merged so far, by their place in the writes: changed in place by later merges
  private final Map<Integer, BsonDocument> mergedUpdates = new HashMap<>();
  private final List<WriteModel<Document>> inserts = new ArrayList<>();

  void upsert(Object id, BsonDocument update) {
    Integer last = lastUpsertOf.get(id);
    if (last != null) {
      BsonDocument merged = mergedUpdates.get(last);
      if (merged == null) {
        merged =
            UpdateMerger.owned(
                (BsonDocument) ((UpdateOneModel<Document>) writes.get(last)).getUpdate());
      }
      if (UpdateMerger.mergeInto(merged, update)) {
        if (mergedUpdates.put(last, merged) == null) {
          writes.set(last, model(id, merged));
        }
        return;
      }
    }
    lastUpsertOf.put(id, writes.size());
    writes.add(model(id, update));
  }

  void insert(Document document) {
    inserts.add(new InsertOneModel<>(document));
  }

  List<WriteModel<Document>> writes() {
    return writes;
  }

  List<WriteModel<Document>> inserts() {
    return inserts;
  }

  boolean isEmpty() {
    return writes.isEmpty() && inserts.isEmpty();
  }

  private static UpdateOneModel<Document> model(Object id, BsonDocument update) {
    return new UpdateOneModel<>(new Document("_id", id), update, UPSERT);
  }
}
