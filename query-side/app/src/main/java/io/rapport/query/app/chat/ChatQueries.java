package io.rapport.query.app.chat;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.reactivestreams.client.MongoDatabase;
import io.rapport.query.api.chat.ChatView;
import io.rapport.query.api.chat.FindChatQuery;
import io.rapport.query.app.access.Viewer;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Answers queries about chats with one key lookup each. */
@Component
class ChatQueries {

  private final MongoDatabase database;

  ChatQueries(MongoDatabase database) {
    this.database = database;
  }

  /** The chat, or nothing when it does not exist or the viewer may not see it. */
  @QueryHandler
  CompletableFuture<ChatView> handle(FindChatQuery query, MetaData metaData) {
    Viewer viewer = Viewer.of(metaData);
    return Mono.from(
            database
                .getCollection(ChatDocument.COLLECTION)
                .find(and(eq("_id", query.chatId()), eq("tenantId", viewer.tenant().value())))
                .first())
        .filter(doc -> viewer.mayRead(doc.getString("studentId")))
        .map(ChatDocument::toView)
        .toFuture();
  }
}
