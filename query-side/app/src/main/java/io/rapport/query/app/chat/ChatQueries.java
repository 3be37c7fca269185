package io.rapport.query.app.chat;

import io.rapport.query.api.chat.ChatView;
import io.rapport.query.api.chat.FindChatQuery;
import io.rapport.query.app.access.Viewing;
import io.rapport.query.app.access.Viewings;
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

  private final Viewings viewings;
  private final ContactNames contactNames;
  private final Clock clock;
  private final TenantWindows windows;

  ChatQueries(Viewings viewings, ContactNames contactNames, Clock clock, TenantWindows windows) {
    this.viewings = viewings;
    this.contactNames = contactNames;
    this.clock = clock;
    this.windows = windows;
  }

  /** The chat, or nothing when it does not exist or the viewer may not see it. */
  @QueryHandler
  CompletableFuture<ChatView> handle(FindChatQuery query, MetaData metaData) {
    Viewing viewing = viewings.of(metaData);
    return viewing
        .visible(ChatDocument.COLLECTION, query.chatId(), "chat")
        .flatMap(
            doc -> {
              String relationshipId = doc.getString("relationshipId");
              return Mono.zip(
                      contactNames.of(viewing.collections(), Set.of(relationshipId)),
                      windows.thankYouWindow(viewing.collections()))
                  .map(
                      found ->
                          ChatDocument.toView(
                              doc,
                              found.getT1().get(relationshipId),
                              clock.instant(),
                              found.getT2()));
            })
        .toFuture();
  }
}
