package io.rapport.gateway.nudge;

import io.rapport.command.api.nudge.InboxId;
import io.rapport.command.api.nudge.NudgeRule;
import io.rapport.command.api.nudge.TurnOffNudgeRuleCommand;
import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The one-click unsubscribe of nudge e-mails (RFC 8058), without signing in: the signed link names
 * the person and the rule. {@code POST} turns the rule off (mail clients post {@code
 * List-Unsubscribe=One-Click}); {@code GET}, which link checkers and previews also send, only shows
 * a page whose button posts.
 */
@RestController
class UnsubscribeController {

  private static final MediaType HTML = MediaType.TEXT_HTML;

  private final Dispatch dispatch;
  private final UnsubscribeLinks links;

  UnsubscribeController(Dispatch dispatch, UnsubscribeLinks links) {
    this.dispatch = dispatch;
    this.links = links;
  }

  @GetMapping("/api/v1/unsubscribe/{token}")
  ResponseEntity<String> page(
      @PathVariable String token,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    return links
        .read(token)
        .map(
            link ->
                ResponseEntity.ok()
                    .contentType(HTML)
                    .body(
                        html(
                            "Stop these reminders?",
                            "<p>You will get no more reminders "
                                + HtmlUtils.htmlEscape(about(link.rule()))
                                + ", by e-mail or in Rapport. You can turn them on again in your"
                                + " notification settings.</p><form method=\"post\"><button"
                                + " type=\"submit\">Stop these reminders</button></form>")))
        .orElseGet(() -> unknown(accept));
  }

  @PostMapping("/api/v1/unsubscribe/{token}")
  Mono<ResponseEntity<String>> unsubscribe(
      @PathVariable String token,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    return links
        .read(token)
        .map(
            link ->
                dispatch
                    .command(
                        new Caller(link.userId(), link.tenantId(), Set.of(), null, null, null),
                        new TurnOffNudgeRuleCommand(
                            new InboxId(link.userId()).value(), link.rule()))
                    .then(
                        Mono.fromSupplier(
                            () ->
                                ResponseEntity.ok()
                                    .contentType(HTML)
                                    .body(
                                        html(
                                            "Reminders stopped",
                                            "<p>You will get no more reminders "
                                                + HtmlUtils.htmlEscape(about(link.rule()))
                                                + ". You can turn them on again in your"
                                                + " notification settings in Rapport.</p>")))))
        .orElseGet(() -> Mono.fromSupplier(() -> unknown(accept)));
  }

  /**
   * A link Rapport never sent: a page for a browser, a problem for anything else (as every other
   * refusal of the API).
   */
  private static ResponseEntity<String> unknown(String accept) {
    if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
      throw new NotFoundException();
    }
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(HTML)
        .body(html("Link not valid", "<p>This unsubscribe link is not one Rapport sent.</p>"));
  }

  static String about(NudgeRule rule) {
    return switch (rule) {
      case PREPARE_FOR_CHAT -> "to prepare for your chats";
      case THANK_YOU_DUE -> "that a thank-you is due";
      case THANK_YOU_OVERDUE -> "that a thank-you is overdue";
      case TOUCHPOINT_DUE -> "to get in touch with your contacts";
      case CONNECTION_FOLLOW_UP -> "to follow up connection requests";
      case COACH_WEEKLY_DIGEST -> "of your students who need help (the Monday digest)";
    };
  }

  private static String html(String title, String body) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + " · Rapport</title><meta name=\"viewport\" content=\"width=device-width\"></head>"
        + "<body style=\"font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto\"><h1>"
        + title
        + "</h1>"
        + body
        + "</body></html>";
  }
}
