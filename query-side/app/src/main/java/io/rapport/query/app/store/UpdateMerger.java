package io.rapport.query.app.store;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Merges two upserts of the same document, made one after the other, into one update with the same
 * effect, so that a batch rewrites a busy document (an audit bucket, a timeline day) once instead
 * of once per event. Only merges whose effect is certainly the same are made: {@code $set} and
 * {@code $unset} (the later value wins), {@code $setOnInsert} (the first upsert inserts, so a later
 * one may only repeat its fields), {@code $addToSet} (the values of both, in order), and different
 * fields of any other operator. Anything else — the same field under two operators, the same field
 * of {@code $max} twice, any {@code $pull} — is not merged, and the two updates stay two writes in
 * their order.
 */
final class UpdateMerger {

  private static final Set<String> LATER_WINS = Set.of("$set", "$unset");
  private static final String EACH = "$each";

  private UpdateMerger() {}

  /** The update doing {@code first} then {@code second}, when there is one. */
  static Optional<BsonDocument> merge(BsonDocument first, BsonDocument second) {
    if (first.containsKey("$pull") || second.containsKey("$pull")) {
      return Optional.empty();
    }
    BsonDocument merged = first.clone();
    for (Map.Entry<String, BsonValue> operation : second.entrySet()) {
      String operator = operation.getKey();
      BsonDocument fields = operation.getValue().asDocument();
      for (Map.Entry<String, BsonValue> field : fields.entrySet()) {
        if (conflicts(merged, operator, field.getKey())) {
          return Optional.empty();
        }
        BsonDocument target = merged.getDocument(operator, null);
        if (target == null) {
          target = new BsonDocument();
          merged.put(operator, target);
        }
        BsonValue existing = target.get(field.getKey());
        if (operator.equals("$setOnInsert")) {
          if (existing == null) {
            return Optional.empty(); // the first upsert inserts without it
          }
          // else the first upsert's value is the one inserted
        } else if (existing == null || LATER_WINS.contains(operator)) {
          target.put(field.getKey(), field.getValue());
        } else if (operator.equals("$addToSet")) {
          BsonArray values = values(existing);
          values.addAll(values(field.getValue()));
          target.put(field.getKey(), new BsonDocument(EACH, values));
        } else {
          return Optional.empty();
        }
      }
    }
    return Optional.of(merged);
  }

  /** Whether the field, or a field within or around it, is already written another way. */
  private static boolean conflicts(BsonDocument update, String operator, String field) {
    for (Map.Entry<String, BsonValue> operation : update.entrySet()) {
      boolean sameOperator = operation.getKey().equals(operator);
      for (String other : operation.getValue().asDocument().keySet()) {
        boolean nested = other.startsWith(field + ".") || field.startsWith(other + ".");
        if (nested || (!sameOperator && other.equals(field))) {
          return true;
        }
      }
    }
    return false;
  }

  private static BsonArray values(BsonValue addToSet) {
    if (addToSet.isDocument() && addToSet.asDocument().containsKey(EACH)) {
      return addToSet.asDocument().getArray(EACH).clone();
    }
    BsonArray single = new BsonArray();
    single.add(addToSet);
    return single;
  }
}
