package io.rapport.gateway.nudge;

import io.rapport.gateway.http.CsvWriter;
import io.rapport.gateway.http.InvalidQueryException;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.nudge.FetchNudgeReportQuery;
import io.rapport.query.api.nudge.NudgeReport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Whether nudges work, for tenant-admins: per rule, the cases with a nudge and comparable ones
 * without, acted upon in time or not; as JSON or CSV. Without dates, the last 90 days.
 */
@RestController
class NudgeReportController {

  static final int DEFAULT_DAYS = 90;

  private final Dispatch dispatch;

  NudgeReportController(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  @GetMapping("/api/v1/reports/nudges")
  Mono<NudgeReport> report(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String cohort) {
    LocalDate last = to == null ? LocalDate.now(Clock.systemUTC()) : day("to", to);
    LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1) : day("from", from);
    if (last.isBefore(first)) {
      throw new InvalidQueryException("to", "must be a day on or after from");
    }
    return dispatch.query(
        caller,
        new FetchNudgeReportQuery(first, last, cohort == null || cohort.isBlank() ? null : cohort),
        NudgeReport.class);
  }

  @GetMapping("/api/v1/reports/nudges.csv")
  Mono<ResponseEntity<String>> csv(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String cohort) {
    return report(caller, from, to, cohort)
        .map(
            report ->
                ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"nudge-report.csv\"")
                    .body(csv(report)));
  }

  static String csv(NudgeReport report) {
    CsvWriter csv =
        CsvWriter.withHeader(
            List.of(
                "rule",
                "nudgedCases",
                "nudgedActedInTime",
                "nudgedRate",
                "notNudgedCases",
                "notNudgedActedInTime",
                "notNudgedRate"));
    for (NudgeReport.RuleOutcome rule : report.rules()) {
      csv.row(
          List.of(
              rule.rule(),
              rule.nudged().cases(),
              rule.nudged().actedInTime(),
              rate(rule.nudged()),
              rule.notNudged().cases(),
              rule.notNudged().actedInTime(),
              rate(rule.notNudged())));
    }
    return csv.text();
  }

  private static String rate(NudgeReport.Group group) {
    return group.rate() == null ? "" : String.format(Locale.ROOT, "%.3f", group.rate());
  }

  private static LocalDate day(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidQueryException(field, "must be a day such as 2026-12-01");
    }
  }
}
