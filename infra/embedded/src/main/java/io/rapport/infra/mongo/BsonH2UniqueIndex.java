package io.rapport.infra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.h2.mvstore.MVMap;

/** A unique index kept in an H2 map from indexed values to the document's key. */
final class BsonH2UniqueIndex extends AbstractUniqueIndex<Object> {

  private final MVMap<KeyValue, Object> positions;

  BsonH2UniqueIndex(
      MVMap<KeyValue, Object> positions, String name, List<IndexKey> keys, boolean sparse) {
    super(name, keys, sparse);
    this.positions = positions;
  }

  /**
   * Whether this index holds exactly the entries of the given documents. The key index is compared
   * by its size only (a document and its key entry are added and removed together, and a key never
   * changes); other indexes entry by entry.
   */
  boolean matches(MVMap<Object, Document> documents) {
    if (isKeyIndex()) {
      return getCount() == documents.sizeAsLong();
    }
    long expected = 0;
    for (Map.Entry<Object, Document> stored : documents.entrySet()) {
      Document document = stored.getValue();
      if (isSparse()
          && getKeys().stream()
              .allMatch(k -> Utils.getSubdocumentValue(document, k.getKey()) instanceof Missing)) {
        continue;
      }
      for (KeyValue key : getKeyValues(document)) {
        expected++;
        if (!Objects.equals(positions.get(key), Missing.ofNullable(stored.getKey()))) {
          return false;
        }
      }
    }
    return expected == getCount();
  }

  /**
   * Builds this index again from the given documents.
   *
   * @return how many documents could not be indexed (a duplicate key): none in a sound store
   */
  int rebuild(MVMap<Object, Document> documents, MongoCollection<Object> collection) {
    positions.clear();
    int refused = 0;
    for (Map.Entry<Object, Document> stored : documents.entrySet()) {
      try {
        add(stored.getValue(), stored.getKey(), collection);
      } catch (MongoServerError | IllegalArgumentException e) {
        refused++;
      }
    }
    return refused;
  }

  private boolean isKeyIndex() {
    return getKeys().size() == 1 && "_id".equals(getKeys().get(0).getKey());
  }

  @Override
  protected Object removeDocument(KeyValue key) {
    return positions.remove(key);
  }

  @Override
  protected boolean putKeyPosition(KeyValue key, Object position) {
    return positions.putIfAbsent(key, Missing.ofNullable(position)) == null;
  }

  @Override
  protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
    return positions.entrySet();
  }

  @Override
  protected Object getPosition(KeyValue key) {
    return positions.get(key);
  }

  @Override
  public long getCount() {
    return positions.sizeAsLong();
  }

  @Override
  public boolean isEmpty() {
    return positions.isEmpty();
  }

  @Override
  public long getDataSize() {
    return getCount();
  }
}
