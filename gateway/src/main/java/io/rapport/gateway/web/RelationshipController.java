package io.rapport.gateway.web;

import io.rapport.command.api.relationship.Contact;
import io.rapport.command.api.relationship.StartRelationshipCommand;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.relationship.FindRelationshipQuery;
import io.rapport.query.api.relationship.RelationshipView;
import io.rapport.query.api.timeline.FetchRelationshipTimelineQuery;
import io.rapport.query.api.timeline.TimelinePage;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A student's relationships. */
@RestController
@RequestMapping("/api/v1/relationships")
class RelationshipController {

  private final Dispatch dispatch;

  RelationshipController(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  record Created(String relationshipId) {}

  @PostMapping
  Mono<ResponseEntity<Created>> start(
      @AuthenticationPrincipal Caller caller,
      @Valid @RequestBody StartRelationshipRequest request) {
    String id = UUID.randomUUID().toString();
    var contact = request.contact();
    return dispatch
        .command(
            caller,
            new StartRelationshipCommand(
                id,
                caller.userId(),
                new Contact(
                    contact.name(),
                    contact.company(),
                    contact.role(),
                    contact.email(),
                    contact.profileUrl()),
                request.howWeMet()))
        .then(
            Mono.fromSupplier(
                () ->
                    ResponseEntity.created(URI.create("/api/v1/relationships/" + id))
                        .body(new Created(id))));
  }

  @GetMapping("/{id}")
  Mono<RelationshipView> find(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return dispatch
        .query(caller, new FindRelationshipQuery(id), RelationshipView.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }

  @GetMapping("/{id}/timeline")
  Mono<TimelinePage> timeline(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return dispatch
        .query(
            caller,
            new FetchRelationshipTimelineQuery(id, cursor, Paging.limit(limit)),
            TimelinePage.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }
}
