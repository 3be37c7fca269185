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
  private static final String ADD_TO_SET = "$addToSet";

  private UpdateMerger() {}

  /** The update doing {@code first} then {@code second}, when there is one; neither is changed. */
  static Optional<BsonDocument> merge(BsonDocument first, BsonDocument second) {
    BsonDocument merged = owned(first);
    return mergeInto(merged, second) ? Optional.of(merged) : Optional.empty();
  }

  /**
   * A copy of an update that {@link #mergeInto} may change: the values it appends to are its own.
   */
  static BsonDocument owned(BsonDocument update) {
    BsonDocument copy = new BsonDocument();
    for (Map.Entry<String, BsonValue> operation : update.entrySet()) {
      BsonDocument fields = new BsonDocument();
      for (Map.Entry<String, BsonValue> field : operation.getValue().asDocument().entrySet()) {
        fields.put(
            field.getKey(),
            operation.getKey().equals(ADD_TO_SET)
                ? new BsonDocument(EACH, values(field.getValue()))
                : field.getValue());
      }
      copy.put(operation.getKey(), fields);
    }
    return copy;
  }

  /**
   * Changes {@code merged} (made by {@link #owned}) to do {@code second} after what it did, when
   * that has the same effect as the two updates in turn; otherwise leaves it as it was. Appending
   * in place keeps merging a batch's many entries into one bucket linear in their number.
   *
   * @return whether {@code second} was merged
   */
  static boolean mergeInto(BsonDocument merged, BsonDocument second) {
    if (!mergeable(merged, second)) {
      return false;
    }
    for (Map.Entry<String, BsonValue> operation : second.entrySet()) {
      String operator = operation.getKey();
      for (Map.Entry<String, BsonValue> field : operation.getValue().asDocument().entrySet()) {
        BsonDocument target = merged.getDocument(operator, null);
        if (target == null) {
          target = new BsonDocument();
          merged.put(operator, target);
        }
        BsonValue existing = target.get(field.getKey());
        if (operator.equals(ADD_TO_SET)) {
          if (existing == null) {
            target.put(field.getKey(), new BsonDocument(EACH, values(field.getValue())));
          } else {
            existing.asDocument().getArray(EACH).addAll(values(field.getValue()));
          }
        } else if (!operator.equals("$setOnInsert")) {
          // a later $set or $unset wins; a field new to any other operator is simply added.
          // $setOnInsert: the first upsert's value is the one inserted
          target.put(field.getKey(), field.getValue());
        }
      }
    }
    return true;
  }

  private static boolean mergeable(BsonDocument merged, BsonDocument second) {
    if (merged.containsKey("$pull") || second.containsKey("$pull")) {
      return false;
    }
    for (Map.Entry<String, BsonValue> operation : second.entrySet()) {
      String operator = operation.getKey();
      BsonDocument target = merged.getDocument(operator, null);
      for (String field : operation.getValue().asDocument().keySet()) {
        if (conflicts(merged, operator, field)) {
          return false;
        }
        boolean existing = target != null && target.containsKey(field);
        if (operator.equals("$setOnInsert") && !existing) {
          return false; // the first upsert inserts without it
        }
        if (existing
            && !LATER_WINS.contains(operator)
            && !operator.equals(ADD_TO_SET)
            && !operator.equals("$setOnInsert")) {
          return false;
        }
      }
    }
    return true;
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
