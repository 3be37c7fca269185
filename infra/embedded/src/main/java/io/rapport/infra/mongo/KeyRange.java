package io.rapport.infra.mongo;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The bounds a query puts on the key, when it is a range of keys: {@code {_id: {$gt: a, $lt: b}}},
 * alone or in a conjunction with other conditions ({@code {$and: [{_id: {$gte: a}}, {_id: {$lt:
 * b}}, {tenantId: t}]}}, the way the driver renders {@code Filters.and}). The other conditions are
 * not read here: whoever walks the range checks the whole query on every document it meets.
 *
 * <p>Bounds are compared as the server compares values ({@link ValueComparator}), the order of the
 * collection's key map, so every key within the bounds lies between them in that map.
 */
record KeyRange(Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive) {

  private static final String ID = "_id";
  private static final Set<String> BOUNDS = Set.of("$gt", "$gte", "$lt", "$lte");
  private static final ValueComparator ORDER = ValueComparator.ascWithoutListHandling();

  /** The range of keys a query asks for; null when it is not a range of keys. */
  static KeyRange of(Document query) {
    List<Document> conditions = new ArrayList<>();
    if (!keyConditions(query, conditions) || conditions.isEmpty()) {
      return null;
    }
    KeyRange range = new KeyRange(null, false, null, false);
    for (Document condition : conditions) {
      for (String operator : condition.keySet()) {
        range = range.narrowed(operator, condition.get(operator));
      }
    }
    return range;
  }

  /**
   * Collects the range conditions on the key of a conjunction; false when the query names the key
   * in any other way (an exact key, a list of keys, an {@code $or}), which this does not serve.
   */
  private static boolean keyConditions(Document query, List<Document> found) {
    for (String field : query.keySet()) {
      Object value = query.get(field);
      if (ID.equals(field)) {
        if (!(value instanceof Document condition)
            || condition.isEmpty()
            || !BOUNDS.containsAll(condition.keySet())) {
          return false;
        }
        found.add(condition);
      } else if ("$and".equals(field)) {
        if (!(value instanceof List<?> parts)) {
          return false;
        }
        for (Object part : parts) {
          if (!(part instanceof Document document) || !keyConditions(document, found)) {
            return false;
          }
        }
      } else if (field.startsWith("$")) {
        return false;
      }
    }
    return true;
  }

  private KeyRange narrowed(String operator, Object bound) {
    return switch (operator) {
      case "$gt" -> raisedTo(bound, false);
      case "$gte" -> raisedTo(bound, true);
      case "$lt" -> loweredTo(bound, false);
      default -> loweredTo(bound, true);
    };
  }

  private KeyRange raisedTo(Object bound, boolean inclusive) {
    if (lower != null) {
      int c = ORDER.compare(bound, lower);
      if (c < 0 || (c == 0 && (inclusive || !lowerInclusive))) {
        return this;
      }
    }
    return new KeyRange(bound, inclusive, upper, upperInclusive);
  }

  private KeyRange loweredTo(Object bound, boolean inclusive) {
    if (upper != null) {
      int c = ORDER.compare(bound, upper);
      if (c > 0 || (c == 0 && (inclusive || !upperInclusive))) {
        return this;
      }
    }
    return new KeyRange(lower, lowerInclusive, bound, inclusive);
  }

  /** Whether the key lies past the lower end of the range. */
  boolean belowLower(Object key) {
    if (lower == null) {
      return false;
    }
    int c = ORDER.compare(key, lower);
    return c < 0 || (c == 0 && !lowerInclusive);
  }

  /** Whether the key lies past the upper end of the range. */
  boolean aboveUpper(Object key) {
    if (upper == null) {
      return false;
    }
    int c = ORDER.compare(key, upper);
    return c > 0 || (c == 0 && !upperInclusive);
  }
}
