package io.rapport.infra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database of the wire server whose collections and indexes are H2 maps with BSON documents and
 * keys compared in memory (see {@link BsonH2Backend}).
 */
final class BsonH2Database extends AbstractSynchronizedMongoDatabase<Object> {

  private static final Logger log = LoggerFactory.getLogger(BsonH2Database.class);

  static final String DATA_PREFIX = "databases.";
  private static final String META_PREFIX = "meta.";

  private final MVStore store;
  private final List<String> repairs = new ArrayList<>();
  private List<BsonH2Collection> opening = new ArrayList<>();

  /** Opens the database and repairs every index found not to match its documents. */
  BsonH2Database(String name, MVStore store, CursorRegistry cursors) {
    super(name, cursors);
    this.store = store;
    initializeNamespacesAndIndexes();
    for (BsonH2Collection collection : opening) {
      for (String repair : collection.repairIndexes()) {
        log.warn("Read store repaired on open: {}", repair);
        repairs.add(repair);
      }
    }
    opening = null;
  }

  /** What was repaired when the database was opened. */
  List<String> repairs() {
    return List.copyOf(repairs);
  }

  @Override
  protected MongoCollection<Object> openOrCreateCollection(
      String collectionName, CollectionOptions options) {
    String fullName = getFullCollectionNamespace(collectionName);
    BsonH2Collection collection =
        new BsonH2Collection(
            this, collectionName, options, dataMap(fullName), metaMap(fullName), cursorRegistry);
    if (opening != null) {
      opening.add(collection);
    }
    return collection;
  }

  @Override
  protected Index<Object> openOrCreateUniqueIndex(
      String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
    MVMap<KeyValue, Object> positions =
        store.openMap(
            indexMapName(collectionName, indexName),
            new MVMap.Builder<KeyValue, Object>()
                .keyType(IndexKeyDataType.INSTANCE)
                .valueType(KeyDataType.INSTANCE));
    return new BsonH2UniqueIndex(positions, indexName, keys, sparse);
  }

  @Override
  protected void dropIndex(MongoCollection<Object> collection, String indexName) {
    super.dropIndex(collection, indexName);
    store.removeMap(indexMapName(collection.getCollectionName(), indexName));
  }

  @Override
  public void drop(Oplog oplog) {
    super.drop(oplog);
    for (String map : List.copyOf(store.getMapNames())) {
      if (map.startsWith(DATA_PREFIX + databaseName + ".")
          || map.startsWith(META_PREFIX + databaseName + ".")) {
        store.removeMap(map);
      }
    }
  }

  @Override
  public void dropCollection(String collectionName, Oplog oplog) {
    super.dropCollection(collectionName, oplog);
    String fullName = getFullCollectionNamespace(collectionName);
    store.removeMap(dataMap(fullName));
    store.removeMap(metaMap(fullName));
  }

  @Override
  public void moveCollection(
      MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
    super.moveCollection(oldDatabase, collection, newCollectionName);
    String newFullName = getFullCollectionNamespace(newCollectionName);
    store.renameMap(dataMap(collection.getFullName()), DATA_PREFIX + newFullName);
    store.renameMap(metaMap(collection.getFullName()), META_PREFIX + newFullName);
  }

  @Override
  protected long getStorageSize() {
    FileStore<?> file = store.getFileStore();
    return file == null ? 0 : file.size();
  }

  @Override
  protected long getFileSize() {
    return getStorageSize();
  }

  private MVMap<Object, Document> dataMap(String fullName) {
    return store.openMap(
        DATA_PREFIX + fullName,
        new MVMap.Builder<Object, Document>()
            .keyType(KeyDataType.INSTANCE)
            .valueType(DocumentDataType.INSTANCE));
  }

  private MVMap<String, Object> metaMap(String fullName) {
    return store.openMap(META_PREFIX + fullName);
  }

  private String indexMapName(String collectionName, String indexName) {
    return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
  }
}
