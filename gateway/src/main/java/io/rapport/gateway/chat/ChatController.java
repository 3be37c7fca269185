package io.rapport.gateway.chat;

import io.rapport.command.api.chat.AddResearchNoteCommand;
import io.rapport.command.api.chat.CancelChatCommand;
import io.rapport.command.api.chat.LogMeetingCommand;
import io.rapport.command.api.chat.MarkNoShowCommand;
import io.rapport.command.api.chat.MeetingFlag;
import io.rapport.command.api.chat.Point;
import io.rapport.command.api.chat.PrepareQuestionCommand;
import io.rapport.command.api.chat.QuestionFlag;
import io.rapport.command.api.chat.RescheduleChatCommand;
import io.rapport.command.api.chat.ScheduleChatCommand;
import io.rapport.command.api.chat.SendThankYouCommand;
import io.rapport.command.api.chat.ThankYouReceipt;
import io.rapport.gateway.http.NewIds;
import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.http.Responses;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.chat.ChatView;
import io.rapport.query.api.chat.FindChatQuery;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A student's chats: scheduling, preparation, the meeting and the thank-you. */
@RestController
@RequestMapping("/api/v1/chats")
class ChatController {

  private final Dispatch dispatch;

  ChatController(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  record Scheduled(String chatId, List<String> notes) {}

  record NoteAdded(String noteId) {}

  record QuestionPrepared(String questionId, List<String> flags) {}

  record MeetingLogged(List<String> pointIds, List<String> flags) {}

  record ThankYouSent(boolean onTime, BigDecimal hoursAfterMeeting, int windowHours) {}

  @PostMapping
  Mono<ResponseEntity<Scheduled>> schedule(
      @AuthenticationPrincipal Caller caller,
      NewIds ids,
      @Valid @RequestBody ScheduleChatRequest request) {
    String id = ids.next();
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
        .map(notes -> ResponseEntity.created(chat(id)).body(new Scheduled(id, notes)));
  }

  @GetMapping("/{id}")
  Mono<ChatView> find(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return dispatch
        .query(caller, new FindChatQuery(id), ChatView.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }

  @PostMapping("/{id}/reschedule")
  Mono<ResponseEntity<Void>> reschedule(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @Valid @RequestBody ChatRequests.Reschedule request) {
    return Responses.noContent(
        dispatch.command(
            caller, new RescheduleChatCommand(id, request.startsAt(), request.durationMinutes())));
  }

  @PostMapping("/{id}/cancel")
  Mono<ResponseEntity<Void>> cancel(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @Valid @RequestBody ChatRequests.Cancel request) {
    return Responses.noContent(
        dispatch.command(caller, new CancelChatCommand(id, request.reason())));
  }

  @PostMapping("/{id}/no-show")
  Mono<ResponseEntity<Void>> noShow(
      @AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return Responses.noContent(dispatch.command(caller, new MarkNoShowCommand(id)));
  }

  @PostMapping("/{id}/research-notes")
  Mono<ResponseEntity<NoteAdded>> addResearchNote(
      @AuthenticationPrincipal Caller caller,
      NewIds ids,
      @PathVariable String id,
      @Valid @RequestBody ChatRequests.ResearchNote request) {
    String noteId = ids.next();
    return dispatch
        .command(
            caller,
            new AddResearchNoteCommand(
                id, noteId, request.topic(), request.text(), request.sourceUrl()))
        .then(
            Mono.fromSupplier(() -> ResponseEntity.created(chat(id)).body(new NoteAdded(noteId))));
  }

  @PostMapping("/{id}/questions")
  Mono<ResponseEntity<QuestionPrepared>> prepareQuestion(
      @AuthenticationPrincipal Caller caller,
      NewIds ids,
      @PathVariable String id,
      @Valid @RequestBody ChatRequests.Question request) {
    String questionId = ids.next();
    return dispatch
        .<Collection<QuestionFlag>>command(
            caller, new PrepareQuestionCommand(id, questionId, request.text()))
        .map(
            flags ->
                ResponseEntity.created(chat(id))
                    .body(new QuestionPrepared(questionId, names(flags))));
  }

  @PostMapping("/{id}/meeting")
  Mono<MeetingLogged> logMeeting(
      @AuthenticationPrincipal Caller caller,
      NewIds ids,
      @PathVariable String id,
      @Valid @RequestBody ChatRequests.Meeting request) {
    List<Point> points =
        request.points().stream().map(p -> new Point(ids.next(), p.text())).toList();
    List<String> leads =
        request.leads() == null
            ? List.of()
            : request.leads().stream().map(ChatRequests.LeadText::text).toList();
    return dispatch
        .<Collection<MeetingFlag>>command(
            caller,
            new LogMeetingCommand(
                id,
                request.heldAt(),
                request.durationMinutes(),
                points,
                request.insights(),
                leads,
                request.goalsSharedWhenPrompted()))
        .map(
            flags -> new MeetingLogged(points.stream().map(Point::pointId).toList(), names(flags)));
  }

  @PostMapping("/{id}/thank-you")
  Mono<ThankYouSent> sendThankYou(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @Valid @RequestBody ChatRequests.ThankYou request) {
    return dispatch
        .<ThankYouReceipt>command(
            caller,
            new SendThankYouCommand(
                id,
                request.sentAt(),
                request.channel(),
                request.message(),
                request.referencedPointIds()))
        .map(
            receipt ->
                new ThankYouSent(
                    receipt.onTime(), hours(receipt.minutesAfterMeeting()), receipt.windowHours()));
  }

  static BigDecimal hours(long minutes) {
    return minutes % 60 == 0
        ? BigDecimal.valueOf(minutes / 60)
        : BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }

  private static List<String> names(Collection<? extends Enum<?>> flags) {
    return flags == null ? List.of() : flags.stream().map(Enum::name).sorted().toList();
  }

  private static URI chat(String id) {
    return URI.create("/api/v1/chats/" + id);
  }
}
