package io.rapport.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A collection whose stored documents are never handed out: the server updates the documents it
 * reads in place before writing them back, while H2 may be writing the same objects to the file on
 * its own threads. Every read therefore gets a copy, and a stored document is only ever replaced,
 * never changed.
 */
final class BsonH2Collection extends H2Collection {

  private static final String ID = "_id";

  private final LongAdder scans = new LongAdder();
  private final LongAdder walked = new LongAdder();
  private final MVMap<Object, Document> documents;

  BsonH2Collection(
      MongoDatabase database,
      String name,
      CollectionOptions options,
      MVMap<Object, Document> documents,
      MVMap<String, Object> meta,
      CursorRegistry cursors) {
    super(database, name, options, documents, meta, cursors);
    this.documents = documents;
  }

  /**
   * Checks each index against the documents and builds again every index that does not match them
   * (a file saved in the middle of an operation by an earlier version).
   *
   * @return what was repaired, one line per index; empty when all was sound
   */
  List<String> repairIndexes() {
    List<String> repaired = new ArrayList<>();
    for (Index<Object> index : getIndexes()) {
      if (index instanceof BsonH2UniqueIndex unique && !unique.matches(documents)) {
        long before = unique.getCount();
        int refused = unique.rebuild(documents, this);
        repaired.add(
            "index "
                + index.getName()
                + " of "
                + getFullName()
                + " held "
                + before
                + " entries for "
                + documents.sizeAsLong()
                + " documents; rebuilt with "
                + unique.getCount()
                + (refused > 0
                    ? " (" + refused + " documents with a duplicate key left out)"
                    : ""));
      }
    }
    return repaired;
  }

  /**
   * A query naming the key with more conditions ({@code {_id: k, tenantId: t}}, the way every read
   * model is read within its tenant) looks the key up and checks the rest on what it finds; the
   * stock server uses an index only for a query on exactly its fields, and scans otherwise.
   */
  @Override
  protected QueryResult queryDocuments(
      Document query,
      Document orderBy,
      int numberToSkip,
      int limit,
      int batchSize,
      Document fieldSelector) {
    KeyRange range = KeyRange.of(query);
    if (range != null && !isNatural(orderBy)) {
      Boolean descending = keyOrder(orderBy);
      // a limit bounds the walk only when the walk gives the order asked for
      int wanted = limit == 0 || descending == null ? 0 : numberToSkip + Math.abs(limit);
      return matchDocumentsFromStream(
          walk(range, Boolean.TRUE.equals(descending), query, wanted),
          query,
          orderBy,
          numberToSkip,
          limit,
          batchSize,
          fieldSelector);
    }
    Object key = keyCondition(query);
    if (key != null) {
      Document byKey = new Document(ID, key);
      for (Index<Object> index : getIndexes()) {
        if (index.canHandle(byKey)) {
          return matchDocuments(
              query,
              index.getPositions(byKey),
              orderBy,
              numberToSkip,
              limit,
              batchSize,
              fieldSelector);
        }
      }
    }
    return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
  }

  /**
   * The documents within a range of keys that match the query, in key order, read from the sorted
   * key map starting at the range's bound and stopping at its other end or once {@code wanted}
   * documents matched (all when 0): a page of a long range costs what the page holds, not the
   * collection's size, as on MongoDB's {@code _id} index. The map is ordered as the server compares
   * values when it matches {@code $gt} or sorts, so this is the scan's answer: for string keys, the
   * order of UTF-16 code units, which is MongoDB's byte order of UTF-8 for every key without
   * characters beyond U+FFFF.
   */
  private Stream<Document> walk(KeyRange range, boolean descending, Document query, int wanted) {
    Object from = descending ? range.upper() : range.lower();
    Cursor<Object, Document> cursor = documents.cursor(from, null, descending);
    List<Document> matched = new ArrayList<>();
    while (cursor.hasNext() && (wanted == 0 || matched.size() < wanted)) {
      Object key = cursor.next();
      walked.increment();
      if (descending ? range.belowLower(key) : range.aboveUpper(key)) {
        break;
      }
      if (descending ? range.aboveUpper(key) : range.belowLower(key)) {
        continue; // the bound itself, when it is excluded
      }
      Document stored = cursor.getValue();
      if (documentMatchesQuery(stored, query)) {
        matched.add(stored.cloneDeeply());
      }
    }
    return matched.stream();
  }

  private static boolean isNatural(Document orderBy) {
    return orderBy != null && orderBy.containsKey("$natural");
  }

  /**
   * The direction of a walk of the key map that gives the order asked for: ascending for no order
   * or {@code {_id: 1}}, descending for {@code {_id: -1}}; null for any other order.
   */
  private static Boolean keyOrder(Document orderBy) {
    if (orderBy == null || orderBy.isEmpty()) {
      return false;
    }
    if (orderBy.size() == 1 && orderBy.get(ID) instanceof Number direction) {
      return direction.intValue() < 0;
    }
    return null;
  }

  /**
   * The condition on the key of a query that also asks for more, which the stock server would
   * answer by reading the whole collection: {@code {_id: k, tenantId: t}}, or as the driver renders
   * {@code Filters.and}, {@code {$and: [{_id: k}, {tenantId: t}]}}. Null for any other query.
   */
  private static Object keyCondition(Document query) {
    if (query.size() > 1) {
      return query.get(ID);
    }
    if (query.size() == 1 && query.get("$and") instanceof List<?> conditions) {
      for (Object condition : conditions) {
        if (condition instanceof Document document
            && document.size() == 1
            && document.containsKey(ID)) {
          return document.get(ID);
        }
      }
    }
    return null;
  }

  @Override
  protected Document getDocument(Object position) {
    Document stored = super.getDocument(position);
    return stored == null ? null : stored.cloneDeeply();
  }

  @Override
  protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
    return super.streamAllDocumentsWithPosition()
        .map(d -> new DocumentWithPosition<>(d.getDocument().cloneDeeply(), d.getPosition()));
  }

  @Override
  protected QueryResult matchDocuments(
      Document query,
      Document orderBy,
      int numberToSkip,
      int limit,
      int batchSize,
      Document fieldSelector) {
    scans.increment();
    // matched on the stored documents, copied only when they match
    Stream<DocumentWithPosition<Object>> documents =
        super.streamAllDocumentsWithPosition()
            .filter(d -> documentMatchesQuery(d.getDocument(), query));
    if (isNaturalDescending(orderBy)) {
      documents =
          documents.sorted(
              (a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()));
    }
    return matchDocumentsFromStream(
        documents.map(d -> d.getDocument().cloneDeeply()),
        query,
        orderBy,
        numberToSkip,
        limit,
        batchSize,
        fieldSelector);
  }

  /** How many keys ranges of keys have read, in all: what a walk costs. */
  long keysWalked() {
    return walked.sum();
  }

  /** How many queries were answered by reading every document of the collection. */
  long scans() {
    return scans.sum();
  }
}
