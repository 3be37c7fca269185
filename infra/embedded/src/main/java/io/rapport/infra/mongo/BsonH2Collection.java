package io.rapport.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/**
 * A collection whose stored documents are never handed out: the server updates the documents it
 * reads in place before writing them back, while H2 may be writing the same objects to the file on
 * its own threads. Every read therefore gets a copy, and a stored document is only ever replaced,
 * never changed.
 */
final class BsonH2Collection extends H2Collection {

  BsonH2Collection(
      MongoDatabase database,
      String name,
      CollectionOptions options,
      MVMap<Object, Document> documents,
      MVMap<String, Object> meta,
      CursorRegistry cursors) {
    super(database, name, options, documents, meta, cursors);
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
}
