package io.rapport.application;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.rapport.query.app.store.Generations;
import org.bson.Document;

/**
 * The collection that holds a read model's collection now: after a rebuild of the read model, its
 * documents live in a later generation's copy (see {@link Generations}).
 */
final class LiveCollections {

  private LiveCollections() {}

  static MongoCollection<Document> of(MongoDatabase database, String model, String collection) {
    return database.getCollection(Generations.nameIn(collection, liveGeneration(database, model)));
  }

  static int liveGeneration(MongoDatabase database, String model) {
    Document generation =
        database.getCollection("read_model_generations").find(Filters.eq("_id", model)).first();
    return generation == null ? 0 : generation.getInteger("live", 0);
  }
}
