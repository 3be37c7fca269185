package io.rapport.query.app.chat;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.reactivestreams.client.MongoDatabase;
import io.rapport.query.api.chat.ChatView;
import io.rapport.query.api.chat.FindChatQuery;
import io.rapport.query.app.access.Access;
import io.rapport.query.app.access.Viewer;
import io.rapport.query.app.relationship.ContactNames;
import io.rapport.query.app.tenant.TenantWindows;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Answers queries about chats with key lookups. */
@Component
class ChatQueries {

  private final MongoDatabase database;
  private final ContactNames contactNames;
  private final Clock clock;
  private final Access access;
  private final TenantWindows windows;

  ChatQueries(
      MongoDatabase database,
      ContactNames contactNames,
      Clock clock,
      Access access,
      TenantWindows windows) {
    this.windows = windows;
    this.database = database;
    this.access = access;
    this.contactNames = contactNames;
    this.clock = clock;
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
        .flatMap(doc -> access.check(viewer, doc, "chat"))
        .flatMap(
            doc -> {
              String relationshipId = doc.getString("relationshipId");
              return Mono.zip(
                      contactNames.of(viewer.tenant(), Set.of(relationshipId)),
                      windows.thankYouWindow(viewer.tenant()))
                  .map(
                      found ->
                          ChatDocument.toView(
                              doc,
                              found.getT1().get(relationshipId),
                              clock.instant(),
                              found.getT2()));
            })
        .switchIfEmpty(
            io.rapport.query.app.access.Elsewhere.probe(
                database, ChatDocument.COLLECTION, query.chatId(), viewer, "chat"))
        .toFuture();
  }
}
