package io.rapport.gateway.maintenance;

import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.http.Paging;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.projection.DeadLetterList;
import io.rapport.query.api.projection.FetchDeadLettersQuery;
import io.rapport.query.api.projection.FetchProjectionsQuery;
import io.rapport.query.api.projection.FetchRebuildProgressQuery;
import io.rapport.query.api.projection.ProjectionList;
import io.rapport.query.api.projection.RebuildProgressView;
import io.rapport.query.api.projection.RebuildProjectionCommand;
import io.rapport.query.api.projection.RetryDeadLetterCommand;
import io.rapport.query.api.projection.RetryOutcome;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Platform staff maintain the read models: rebuild one from the events and follow its progress, and
 * list and retry the events that projections parked.
 */
@RestController
@RequestMapping("/api/v1/admin")
class AdminController {

  private final Dispatch dispatch;

  AdminController(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  /** Every event processor: running, failing (and why), being rebuilt or stopped. */
  @GetMapping("/projections")
  Mono<ProjectionList> projections(@AuthenticationPrincipal Caller caller) {
    return dispatch
        .query(caller, new FetchProjectionsQuery(true), ProjectionList.class)
        .subscribeOn(Schedulers.boundedElastic());
  }

  /** 202 with the progress so far; the progress is at the Location. */
  @PostMapping("/projections/{name}/rebuild")
  Mono<ResponseEntity<RebuildProgressView>> rebuild(
      @AuthenticationPrincipal Caller caller, @PathVariable String name) {
    return dispatch
        .<RebuildProgressView>command(caller, new RebuildProjectionCommand(name))
        .subscribeOn(Schedulers.boundedElastic())
        .map(
            progress ->
                ResponseEntity.accepted()
                    .location(URI.create("/api/v1/admin/projections/" + name + "/rebuild"))
                    .body(progress));
  }

  @GetMapping("/projections/{name}/rebuild")
  Mono<RebuildProgressView> progress(
      @AuthenticationPrincipal Caller caller, @PathVariable String name) {
    return dispatch
        .query(caller, new FetchRebuildProgressQuery(name), RebuildProgressView.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }

  /** A page of the parked events, oldest first; the cause shows the failure's type only. */
  @GetMapping("/dead-letters")
  Mono<DeadLetterList> deadLetters(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return dispatch
        .query(
            caller,
            new FetchDeadLettersQuery(
                cursor == null || cursor.isBlank() ? null : cursor, Paging.limit(limit)),
            DeadLetterList.class)
        .subscribeOn(Schedulers.boundedElastic());
  }

  /** Handles the parked event's sequence again; 200 with whether it drained. */
  @PostMapping("/dead-letters/{id}/retry")
  Mono<RetryOutcome> retry(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return dispatch
        .<RetryOutcome>command(caller, new RetryDeadLetterCommand(id))
        .subscribeOn(Schedulers.boundedElastic());
  }
}
