package io.rapport.infra.mongo;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * A document's key in its collection (its {@code _id}, or none), and the position an index points
 * to; ordered as MongoDB orders values, compared in memory.
 */
final class KeyDataType extends BasicDataType<Object> {

  static final KeyDataType INSTANCE = new KeyDataType();

  private static final String VALUE = "v";

  private KeyDataType() {}

  @Override
  public int getMemory(Object key) {
    return DocumentDataType.memoryOf(key);
  }

  @Override
  public void write(WriteBuffer out, Object key) {
    BsonBytes.write(out, wrap(key));
  }

  @Override
  public Object read(ByteBuffer in) {
    return unwrap(BsonBytes.read(in));
  }

  @Override
  public int compare(Object a, Object b) {
    return ValueComparator.ascWithoutListHandling().compare(a, b);
  }

  @Override
  public Object[] createStorage(int size) {
    return new Object[size];
  }

  /** A value in a document of its own; a missing value as an empty document. */
  static Document wrap(Object value) {
    Document wrapper = new Document();
    if (!(value instanceof Missing)) {
      wrapper.put(VALUE, value);
    }
    return wrapper;
  }

  static Object unwrap(Document wrapper) {
    return wrapper.containsKey(VALUE) ? wrapper.get(VALUE) : Missing.getInstance();
  }
}
