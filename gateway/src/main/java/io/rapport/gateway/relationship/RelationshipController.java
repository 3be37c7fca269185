package io.rapport.gateway.relationship;

import io.rapport.command.api.relationship.AcceptConnectionCommand;
import io.rapport.command.api.relationship.Contact;
import io.rapport.command.api.relationship.LogTouchpointCommand;
import io.rapport.command.api.relationship.OfferReciprocityCommand;
import io.rapport.command.api.relationship.RecordOutcomeCommand;
import io.rapport.command.api.relationship.RequestConnectionCommand;
import io.rapport.command.api.relationship.SetCadenceCommand;
import io.rapport.command.api.relationship.StartRelationshipCommand;
import io.rapport.gateway.http.AsOf;
import io.rapport.gateway.http.NewIds;
import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.http.Paging;
import io.rapport.gateway.http.Responses;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.relationship.FetchRelationshipsQuery;
import io.rapport.query.api.relationship.FindRelationshipQuery;
import io.rapport.query.api.relationship.RelationshipList;
import io.rapport.query.api.relationship.RelationshipView;
import io.rapport.query.api.timeline.FetchRelationshipTimelineQuery;
import io.rapport.query.api.timeline.TimelinePage;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A student's relationships: from the first contact to a long-term relationship. */
@RestController
@RequestMapping("/api/v1/relationships")
class RelationshipController {

  private final Dispatch dispatch;

  RelationshipController(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  record Created(String relationshipId) {}

  record Recorded(String id) {}

  @PostMapping
  Mono<ResponseEntity<Created>> start(
      @AuthenticationPrincipal Caller caller,
      NewIds ids,
      @Valid @RequestBody StartRelationshipRequest request) {
    String id = ids.next();
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
                () -> ResponseEntity.created(relationship(id)).body(new Created(id))));
  }

  @GetMapping
  Mono<RelationshipList> list(
      @AuthenticationPrincipal Caller caller, @RequestParam(required = false) String studentId) {
    return dispatch
        .query(
            caller,
            new FetchRelationshipsQuery(studentId == null ? caller.userId() : studentId),
            RelationshipList.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
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
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String asOf) {
    return dispatch
        .query(
            caller,
            new FetchRelationshipTimelineQuery(id, cursor, Paging.limit(limit), AsOf.parse(asOf)),
            TimelinePage.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }

  @PostMapping("/{id}/connection-request")
  Mono<ResponseEntity<Void>> requestConnection(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @Valid @RequestBody RelationshipRequests.ConnectionRequest request) {
    return Responses.noContent(
        dispatch.command(
            caller, new RequestConnectionCommand(id, request.platform(), request.message())));
  }

  @PostMapping("/{id}/connection-request/accept")
  Mono<ResponseEntity<Void>> acceptConnection(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @Valid @RequestBody RelationshipRequests.Acceptance request) {
    return Responses.noContent(
        dispatch.command(caller, new AcceptConnectionCommand(id, request.acceptedAt())));
  }

  @PostMapping("/{id}/reciprocity")
  Mono<ResponseEntity<Void>> offerReciprocity(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @Valid @RequestBody RelationshipRequests.Reciprocity request) {
    return Responses.noContent(
        dispatch.command(caller, new OfferReciprocityCommand(id, request.offer())));
  }

  @PostMapping("/{id}/touchpoints")
  Mono<ResponseEntity<Recorded>> logTouchpoint(
      @AuthenticationPrincipal Caller caller,
      NewIds ids,
      @PathVariable String id,
      @Valid @RequestBody RelationshipRequests.Touchpoint request) {
    String touchpointId = ids.next();
    return dispatch
        .command(
            caller,
            new LogTouchpointCommand(
                id, touchpointId, request.kind(), request.note(), request.at()))
        .then(
            Mono.fromSupplier(
                () -> ResponseEntity.created(relationship(id)).body(new Recorded(touchpointId))));
  }

  @PutMapping("/{id}/cadence")
  Mono<ResponseEntity<Void>> setCadence(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @Valid @RequestBody RelationshipRequests.Cadence request) {
    return Responses.noContent(
        dispatch.command(caller, new SetCadenceCommand(id, request.everyDays())));
  }

  @PostMapping("/{id}/outcomes")
  Mono<ResponseEntity<Recorded>> recordOutcome(
      @AuthenticationPrincipal Caller caller,
      NewIds ids,
      @PathVariable String id,
      @Valid @RequestBody RelationshipRequests.Outcome request) {
    String outcomeId = ids.next();
    return dispatch
        .command(
            caller,
            new RecordOutcomeCommand(id, outcomeId, request.kind(), request.note(), request.at()))
        .then(
            Mono.fromSupplier(
                () -> ResponseEntity.created(relationship(id)).body(new Recorded(outcomeId))));
  }

  private static URI relationship(String id) {
    return URI.create("/api/v1/relationships/" + id);
  }
}
