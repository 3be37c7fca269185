package io.rapport.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;

/**
 * The wire server's H2 file backend with a faster page format: documents are kept as BSON and keys
 * are compared in memory, where the stock backend keeps documents and index keys in Java
 * serialization and compares index keys by serializing them on every step of a lookup (in a profile
 * of the projections, Java serialization took over half of the processor). The file format differs
 * from the stock backend's.
 */
final class BsonH2Backend extends H2Backend {

  private BsonH2Backend(MVStore store) {
    super(store);
  }

  static BsonH2Backend open(Path file) {
    return new BsonH2Backend(new MVStore.Builder().fileName(file.toString()).open());
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new BsonH2Database(databaseName, getMvStore(), getCursorRegistry());
  }
}
