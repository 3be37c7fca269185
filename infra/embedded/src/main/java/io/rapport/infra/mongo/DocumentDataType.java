package io.rapport.infra.mongo;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/** The documents of a collection, kept as BSON in H2 pages. */
final class DocumentDataType extends BasicDataType<Document> {

  static final DocumentDataType INSTANCE = new DocumentDataType();

  private DocumentDataType() {}

  @Override
  public int getMemory(Document document) {
    return memoryOf(document);
  }

  @Override
  public void write(WriteBuffer out, Document document) {
    BsonBytes.write(out, document);
  }

  @Override
  public Document read(ByteBuffer in) {
    return BsonBytes.read(in);
  }

  @Override
  public int compare(Document a, Document b) {
    return ValueComparator.ascWithoutListHandling().compare(a, b);
  }

  @Override
  public Document[] createStorage(int size) {
    return new Document[size];
  }

  /** A rough size on the heap, for H2's cache and page splits; walks the document once. */
  static int memoryOf(Object value) {
    if (value instanceof Map<?, ?> map) {
      int bytes = 48;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        bytes += 40 + memoryOf(entry.getKey()) + memoryOf(entry.getValue());
      }
      return bytes;
    }
    if (value instanceof Collection<?> list) {
      int bytes = 40;
      for (Object element : list) {
        bytes += 8 + memoryOf(element);
      }
      return bytes;
    }
    if (value instanceof String text) {
      return 40 + text.length();
    }
    return 24;
  }
}
