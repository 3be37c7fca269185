package io.rapport.gateway.student;

import io.rapport.gateway.http.InvalidQueryException;
import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.http.TooManyRequestsException;
import io.rapport.gateway.messaging.Disclosures;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.timeline.FetchStudentTimelineAfterQuery;
import io.rapport.query.api.timeline.TimelineEntries;
import io.rapport.query.api.timeline.TimelineEntryRecorded;
import io.rapport.query.api.timeline.TimelineEntryView;
import java.time.Duration;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * A student's timeline, live, as server-sent events: each entry recorded after the newest one at
 * the start, as it is recorded, with its position in the event stream as the event's id. A client
 * that reconnects with {@code Last-Event-ID} first gets the entries recorded after that one, then
 * the live ones, without gaps or repeats: the stream subscribes to new entries before it reads
 * those already recorded, and sends each position once. Idle streams carry a comment every
 * heartbeat. A person holds a few streams at once, a tenant a bounded number (429 beyond); a stream
 * ends when its token expires, and the client reconnects with a fresh one and its {@code
 * Last-Event-ID}.
 */
@RestController
class StudentTimelineStream {

  private static final Logger log = LoggerFactory.getLogger(StudentTimelineStream.class);

  /** When a refused stream may try again: streams end at their token's expiry at the latest. */
  private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  private final Dispatch dispatch;
  private final Disclosures disclosures;
  private final LiveProperties live;
  private final LiveStreams streams;

  StudentTimelineStream(
      Dispatch dispatch, Disclosures disclosures, LiveProperties live, LiveStreams streams) {
    this.dispatch = dispatch;
    this.disclosures = disclosures;
    this.live = live;
    this.streams = streams;
  }

  @GetMapping(
      path = "/api/v1/students/{studentId}/timeline/stream",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Mono<ResponseEntity<Flux<ServerSentEvent<TimelineEntryView>>>> stream(
      @AuthenticationPrincipal Caller caller,
      Authentication authentication,
      @PathVariable String studentId,
      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
    Long lastEvent = position(lastEventId);
    Duration left = LiveStreams.untilExpiry(authentication);
    return Mono.usingWhen(
        Mono.fromSupplier(() -> streams.open(caller))
            .flatMap(Mono::justOrEmpty)
            .switchIfEmpty(
                Mono.error(
                    () ->
                        new TooManyRequestsException(
                            "too-many-streams",
                            "Too many live timelines are open; close one, or try again later.",
                            RETRY_AFTER))),
        lease ->
            open(caller, studentId, lastEvent, left)
                .map(
                    response ->
                        ResponseEntity.status(response.getStatusCode())
                            .headers(response.getHeaders())
                            .body(response.getBody().doFinally(signal -> lease.close()))),
        // the lease goes with the stream's end; an error before the stream leaves nothing open
        lease -> Mono.empty(),
        (lease, failure) -> Mono.fromRunnable(lease::close),
        lease -> Mono.fromRunnable(lease::close));
  }

  private Mono<ResponseEntity<Flux<ServerSentEvent<TimelineEntryView>>>> open(
      Caller caller, String studentId, Long lastEvent, Duration left) {
    // without a Last-Event-ID the stream starts after the newest entry so far
    Mono<Long> start =
        lastEvent != null
            ? Mono.just(lastEvent)
            : entriesAfter(caller, studentId, null).map(TimelineEntries::from);
    return start.flatMap(
        after ->
            dispatch
                .subscribe(
                    caller,
                    new FetchStudentTimelineAfterQuery(studentId, after),
                    TimelineEntryRecorded.class)
                .flatMap(
                    subscription ->
                        entriesAfter(caller, studentId, after)
                            .map(
                                backlog ->
                                    ResponseEntity.ok()
                                        .contentType(MediaType.TEXT_EVENT_STREAM)
                                        .body(
                                            events(caller, studentId, backlog, subscription)
                                                // a stream lasts as long as its token
                                                .take(left)))
                            // following a student's timeline is reading it: a disclosure
                            .flatMap(
                                response ->
                                    disclosures
                                        .record(caller, studentId, "timeline")
                                        .thenReturn(response))
                            .doOnError(failure -> subscription.cancel())
                            .doOnCancel(subscription::cancel)));
  }

  private Mono<TimelineEntries> entriesAfter(Caller caller, String studentId, Long after) {
    return dispatch
        .query(caller, new FetchStudentTimelineAfterQuery(studentId, after), TimelineEntries.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }

  private Flux<ServerSentEvent<TimelineEntryView>> events(
      Caller caller,
      String studentId,
      TimelineEntries backlog,
      SubscriptionQueryResult<Object, TimelineEntryRecorded> subscription) {
    // entries at or before the starting point are never sent: the client has them, or did not ask
    // (a replay of the projection announces old entries again)
    long from = backlog.from();
    RecentPositions sent = new RecentPositions(live.remembered());
    Flux<TimelineEntryView> recorded =
        subscription
            .updates()
            .publishOn(Schedulers.parallel())
            .concatMap(
                update ->
                    update.position() <= from || sent.contains(update.position())
                        ? Flux.empty()
                        : entriesAfter(caller, studentId, update.position() - 1)
                            .flatMapIterable(TimelineEntries::items));
    Flux<ServerSentEvent<TimelineEntryView>> entries =
        Flux.concat(Flux.fromIterable(backlog.items()), recorded)
            .filter(entry -> entry.position() > from && sent.add(entry.position()))
            .map(
                entry ->
                    ServerSentEvent.builder(entry).id(String.valueOf(entry.position())).build())
            .onErrorResume(
                failure -> {
                  // e.g. the reader may no longer read the student: the stream ends, and a
                  // reconnection is answered like any other request
                  log.debug("Timeline stream of {} ended: {}", studentId, failure.toString());
                  return Flux.empty();
                });
    Sinks.Empty<Void> ended = Sinks.empty();
    Flux<ServerSentEvent<TimelineEntryView>> heartbeats =
        Flux.interval(live.heartbeat())
            .map(tick -> ServerSentEvent.<TimelineEntryView>builder().comment("heartbeat").build())
            .takeUntilOther(ended.asMono());
    return Flux.merge(entries.doOnTerminate(ended::tryEmitEmpty), heartbeats)
        .startWith(ServerSentEvent.<TimelineEntryView>builder().comment("following").build())
        .doFinally(signal -> subscription.cancel());
  }

  /** The position in a {@code Last-Event-ID}, as this API gave it out. */
  private static Long position(String lastEventId) {
    if (lastEventId == null || lastEventId.isBlank()) {
      return null;
    }
    try {
      long position = Long.parseLong(lastEventId.trim());
      if (position >= 0) {
        return position;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidQueryException("Last-Event-ID", "must be the id of an event this stream sent");
  }
}
