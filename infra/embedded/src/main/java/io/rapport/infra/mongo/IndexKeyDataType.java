package io.rapport.infra.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The key of a unique index: the indexed values of one document, in the index's field order;
 * compared value by value as MongoDB orders values.
 */
final class IndexKeyDataType extends BasicDataType<KeyValue> {

  static final IndexKeyDataType INSTANCE = new IndexKeyDataType();

  private static final String VALUES = "k";

  private IndexKeyDataType() {}

  @Override
  public int getMemory(KeyValue key) {
    int bytes = 40;
    for (Object value : key) {
      bytes += 8 + DocumentDataType.memoryOf(value);
    }
    return bytes;
  }

  @Override
  public void write(WriteBuffer out, KeyValue key) {
    List<Document> values = new ArrayList<>(key.size());
    for (Object value : key) {
      values.add(KeyDataType.wrap(value));
    }
    BsonBytes.write(out, new Document(VALUES, values));
  }

  @Override
  public KeyValue read(ByteBuffer in) {
    List<?> wrapped = (List<?>) BsonBytes.read(in).get(VALUES);
    List<Object> values = new ArrayList<>(wrapped.size());
    for (Object value : wrapped) {
      values.add(KeyDataType.unwrap((Document) value));
    }
    return new KeyValue(values);
  }

  @Override
  public int compare(KeyValue a, KeyValue b) {
    ValueComparator order = ValueComparator.ascWithoutListHandling();
    int common = Math.min(a.size(), b.size());
    for (int i = 0; i < common; i++) {
      int result = order.compare(a.get(i), b.get(i));
      if (result != 0) {
        return result;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  @Override
  public KeyValue[] createStorage(int size) {
    return new KeyValue[size];
  }
}
