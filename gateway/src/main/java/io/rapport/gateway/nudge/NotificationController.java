package io.rapport.gateway.nudge;

import io.rapport.command.api.nudge.ChangeNotificationSettingsCommand;
import io.rapport.command.api.nudge.InboxId;
import io.rapport.command.api.nudge.MarkNotificationReadCommand;
import io.rapport.command.api.nudge.NotificationSettings;
import io.rapport.command.api.nudge.QuietHours;
import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.http.Paging;
import io.rapport.gateway.http.Responses;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.nudge.FetchNotificationSettingsQuery;
import io.rapport.query.api.nudge.FetchNotificationsQuery;
import io.rapport.query.api.nudge.NotificationPage;
import io.rapport.query.api.nudge.NotificationSettingsView;
import jakarta.validation.Valid;
import java.time.LocalTime;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's own notifications and notification settings. */
@RestController
class NotificationController {

  private final Dispatch dispatch;

  NotificationController(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  @GetMapping("/api/v1/me/notifications")
  Mono<NotificationPage> notifications(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) Boolean unread,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return dispatch.query(
        caller,
        new FetchNotificationsQuery(Boolean.TRUE.equals(unread), cursor, Paging.limit(limit)),
        NotificationPage.class);
  }

  @PostMapping("/api/v1/me/notifications/{id}/read")
  Mono<ResponseEntity<Void>> read(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return Responses.noContent(
        dispatch.command(
            caller, new MarkNotificationReadCommand(new InboxId(caller.userId()).value(), id)));
  }

  @GetMapping("/api/v1/me/notification-settings")
  Mono<NotificationSettingsView> settings(@AuthenticationPrincipal Caller caller) {
    return dispatch
        .query(caller, new FetchNotificationSettingsQuery(), NotificationSettingsView.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }

  @PutMapping("/api/v1/me/notification-settings")
  Mono<ResponseEntity<Void>> change(
      @AuthenticationPrincipal Caller caller,
      @Valid @RequestBody NotificationRequests.Settings request) {
    NotificationSettings settings =
        new NotificationSettings(
            request.email(),
            request.inApp(),
            request.rules() == null ? Map.of() : request.rules(),
            request.timeZone(),
            new QuietHours(
                LocalTime.parse(request.quietHours().from()),
                LocalTime.parse(request.quietHours().to())));
    return Responses.noContent(
        dispatch.command(
            caller,
            new ChangeNotificationSettingsCommand(new InboxId(caller.userId()).value(), settings)));
  }
}
