package io.rapport.gateway.web;

import io.rapport.command.api.chat.ScheduleChatCommand;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.chat.ChatView;
import io.rapport.query.api.chat.FindChatQuery;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A student's chats. */
@RestController
@RequestMapping("/api/v1/chats")
class ChatController {

  private final Dispatch dispatch;

  ChatController(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  record Scheduled(String chatId, List<String> notes) {}

  @PostMapping
  Mono<ResponseEntity<Scheduled>> schedule(
      @AuthenticationPrincipal Caller caller, @Valid @RequestBody ScheduleChatRequest request) {
    String id = UUID.randomUUID().toString();
    return dispatch
        .<List<String>>command(
            caller,
            new ScheduleChatCommand(
                id,
                request.relationshipId(),
                caller.userId(),
                request.kind(),
                request.startsAt(),
                request.durationMinutes(),
                request.setting(),
                request.location(),
                request.purpose()))
        .map(
            notes ->
                ResponseEntity.created(URI.create("/api/v1/chats/" + id))
                    .body(new Scheduled(id, notes)));
  }

  @GetMapping("/{id}")
  Mono<ChatView> find(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return dispatch
        .query(caller, new FindChatQuery(id), ChatView.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }
}
