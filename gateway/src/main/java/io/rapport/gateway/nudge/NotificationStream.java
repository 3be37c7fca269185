package io.rapport.gateway.nudge;

import io.rapport.gateway.http.TooManyRequestsException;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.gateway.student.LiveProperties;
import io.rapport.gateway.student.LiveStreams;
import io.rapport.query.api.nudge.FetchNotificationsQuery;
import io.rapport.query.api.nudge.FollowNotificationsQuery;
import io.rapport.query.api.nudge.NotificationPage;
import io.rapport.query.api.nudge.NotificationRecorded;
import io.rapport.query.api.nudge.NotificationView;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * The caller's new notifications, live, as server-sent events named {@code notification}: each
 * nudge that reaches them in the app after the stream opened, as it is recorded. The stream
 * subscribes before it reads the newest page, so nothing recorded meanwhile is missed; each
 * notification is sent once. Idle streams carry a comment every heartbeat; a stream lasts as long
 * as its token, and the streams a person or tenant holds are bounded (429 beyond).
 */
@RestController
class NotificationStream {

  /** How many of the newest notifications are read when one is announced. */
  private static final int NEWEST = 20;

  private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  private final Dispatch dispatch;
  private final LiveProperties live;
  private final LiveStreams streams;

  NotificationStream(Dispatch dispatch, LiveProperties live, LiveStreams streams) {
    this.dispatch = dispatch;
    this.live = live;
    this.streams = streams;
  }

  @GetMapping(
      path = "/api/v1/me/notifications/stream",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<NotificationView>> stream(
      @AuthenticationPrincipal Caller caller, Authentication authentication) {
    Duration left = LiveStreams.untilExpiry(authentication);
    return Flux.usingWhen(
        Mono.fromSupplier(() -> streams.open(caller))
            .flatMap(Mono::justOrEmpty)
            .switchIfEmpty(
                Mono.error(
                    () ->
                        new TooManyRequestsException(
                            "too-many-streams",
                            "Too many live streams are open; close one, or try again later.",
                            RETRY_AFTER))),
        lease ->
            dispatch
                .subscribe(
                    caller,
                    new FollowNotificationsQuery(caller.userId()),
                    NotificationRecorded.class)
                .flatMapMany(
                    subscription ->
                        newest(caller)
                            .flatMapMany(page -> events(caller, page, subscription))
                            .doFinally(signal -> subscription.cancel()))
                .take(left),
        lease -> Mono.fromRunnable(lease::close),
        (lease, failure) -> Mono.fromRunnable(lease::close),
        lease -> Mono.fromRunnable(lease::close));
  }

  private Mono<NotificationPage> newest(Caller caller) {
    return dispatch.query(
        caller, new FetchNotificationsQuery(false, null, NEWEST), NotificationPage.class);
  }

  private Flux<ServerSentEvent<NotificationView>> events(
      Caller caller,
      NotificationPage known,
      SubscriptionQueryResult<Object, NotificationRecorded> subscription) {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    known.items().forEach(item -> seen.add(item.id()));
    Flux<ServerSentEvent<NotificationView>> notifications =
        subscription
            .updates()
            .publishOn(Schedulers.parallel())
            .concatMap(update -> newest(caller).flatMapIterable(NotificationPage::items))
            .filter(item -> seen.add(item.id()))
            .map(item -> ServerSentEvent.builder(item).event("notification").id(item.id()).build())
            .onErrorResume(failure -> Flux.empty());
    Sinks.Empty<Void> ended = Sinks.empty();
    Flux<ServerSentEvent<NotificationView>> heartbeats =
        Flux.interval(live.heartbeat())
            .map(tick -> ServerSentEvent.<NotificationView>builder().comment("heartbeat").build())
            .takeUntilOther(ended.asMono());
    return Flux.merge(notifications.doOnTerminate(ended::tryEmitEmpty), heartbeats)
        .startWith(ServerSentEvent.<NotificationView>builder().comment("following").build());
  }
}
