package io.rapport.gateway.calendar;

import io.rapport.command.api.calendar.IssueCalendarTokenCommand;
import io.rapport.command.api.calendar.RevokeCalendarTokenCommand;
import io.rapport.command.api.coaching.StudentRecordId;
import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.http.Responses;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.calendar.CalendarView;
import io.rapport.query.api.calendar.FetchCalendarQuery;
import io.rapport.query.api.calendar.FetchCalendarTokenHashQuery;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A student's chats as an iCalendar feed, opened by a secret token in the URL (calendar apps send
 * no bearer token), and the student's calls that issue, rotate and revoke that token. Only the
 * token's hash is stored, as the query side makes it; the token is shown once, when issued.
 */
@RestController
class CalendarController {

  static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Dispatch dispatch;
  private final QueryGateway queries;

  CalendarController(Dispatch dispatch, QueryGateway queries) {
    this.dispatch = dispatch;
    this.queries = queries;
  }

  record CalendarToken(String token, String feedUrl) {}

  @GetMapping("/api/v1/students/{studentId}/calendar.ics")
  Mono<ResponseEntity<String>> feed(
      @PathVariable String studentId, @RequestParam(required = false) String token) {
    if (token == null || token.isBlank()) {
      return Mono.error(new NotFoundException());
    }
    return Mono.fromFuture(
            () ->
                queries.query(
                    new FetchCalendarQuery(studentId, token),
                    ResponseTypes.optionalInstanceOf(CalendarView.class)))
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(Mono.error(NotFoundException::new))
        .map(view -> ResponseEntity.ok().contentType(TEXT_CALENDAR).body(CalendarFeed.of(view)));
  }

  /** Issues a new token (the old one stops working); the token is in this answer only. */
  @PostMapping("/api/v1/students/{studentId}/calendar-token")
  Mono<ResponseEntity<CalendarToken>> issue(
      @AuthenticationPrincipal Caller caller, @PathVariable String studentId) {
    String token = newToken();
    String feed = "/api/v1/students/" + studentId + "/calendar.ics";
    // a repeat with the same Idempotency-Key answers the token of the first request, whose hash
    // was stored, not the one made up for the repeat
    return ownStudent(caller, studentId)
        .then(
            Mono.fromFuture(
                () -> queries.query(new FetchCalendarTokenHashQuery(token), String.class)))
        .flatMap(
            tokenHash ->
                dispatch.<String>command(
                    caller,
                    new IssueCalendarTokenCommand(
                        record(caller, studentId), studentId, tokenHash, token)))
        .map(
            issued ->
                ResponseEntity.created(URI.create(feed))
                    .body(new CalendarToken(issued, feed + "?token=" + issued)));
  }

  @DeleteMapping("/api/v1/students/{studentId}/calendar-token")
  Mono<ResponseEntity<Void>> revoke(
      @AuthenticationPrincipal Caller caller, @PathVariable String studentId) {
    return Responses.noContent(
        ownStudent(caller, studentId)
            .then(
                dispatch.command(
                    caller, new RevokeCalendarTokenCommand(record(caller, studentId), studentId))));
  }

  private static Mono<Void> ownStudent(Caller caller, String studentId) {
    return studentId.equals(caller.userId()) ? Mono.empty() : Mono.error(new NotFoundException());
  }

  private static String record(Caller caller, String studentId) {
    return new StudentRecordId(caller.tenantId(), studentId).value();
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
