package io.rapport.query.app.violation;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.reactivestreams.client.MongoDatabase;
import io.rapport.query.app.store.ProjectionWriter;
import io.rapport.query.app.violationloop.AsksBack;
import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * Breaks the read side's rules on purpose, for {@code QuerySideRulesTest} to show that they fail:
 * it reads a collection without its tenant, writes without stamping one, and forms a cycle with
 * {@link AsksBack}.
 */
public class ReadsTheDatabaseItself {

  private final MongoDatabase database;
  private final ProjectionWriter writer;

  public ReadsTheDatabaseItself(MongoDatabase database, ProjectionWriter writer) {
    this.database = database;
    this.writer = writer;
  }

  /** A chat of any tenant. */
  public Mono<Document> anyTenantsChat(String chatId) {
    return Mono.from(database.getCollection("chats").find(eq("_id", chatId)).first());
  }

  /** A write that names no tenant. */
  public void untenantedWrite(String chatId) {
    writer.upsert("chats", chatId, new Document("$set", new Document("status", "HELD")));
  }

  /** Depends on a package that depends on this one. */
  public String askBack() {
    return new AsksBack().answer(this);
  }
}
