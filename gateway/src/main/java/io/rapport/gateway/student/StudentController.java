package io.rapport.gateway.student;

import io.rapport.gateway.http.AsOf;
import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.http.Paging;
import io.rapport.gateway.messaging.Disclosures;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.student.AgendaView;
import io.rapport.query.api.student.FetchAgendaQuery;
import io.rapport.query.api.timeline.FetchStudentTimelineQuery;
import io.rapport.query.api.timeline.TimelinePage;
import java.time.Instant;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A student's records, for the student and those who may read them. */
@RestController
@RequestMapping("/api/v1/students/{studentId}")
class StudentController {

  private final Dispatch dispatch;
  private final Disclosures disclosures;

  StudentController(Dispatch dispatch, Disclosures disclosures) {
    this.dispatch = dispatch;
    this.disclosures = disclosures;
  }

  @GetMapping("/agenda")
  Mono<AgendaView> agenda(@AuthenticationPrincipal Caller caller, @PathVariable String studentId) {
    return dispatch
        .query(caller, new FetchAgendaQuery(studentId), AgendaView.class)
        .switchIfEmpty(Mono.error(NotFoundException::new))
        .flatMap(agenda -> disclosures.record(caller, studentId, "agenda").thenReturn(agenda));
  }

  @GetMapping("/timeline")
  Mono<TimelinePage> timeline(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String studentId,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) Set<String> types,
      @RequestParam(required = false) String relationshipId,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String asOf) {
    return dispatch
        .query(
            caller,
            new FetchStudentTimelineQuery(
                studentId,
                from,
                to,
                types == null ? Set.of() : Set.copyOf(types),
                relationshipId,
                cursor,
                Paging.limit(limit),
                AsOf.parse(asOf)),
            TimelinePage.class)
        .switchIfEmpty(Mono.error(NotFoundException::new))
        .flatMap(page -> disclosures.record(caller, studentId, "timeline").thenReturn(page));
  }
}
