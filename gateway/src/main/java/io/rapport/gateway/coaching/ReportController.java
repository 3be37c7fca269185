package io.rapport.gateway.coaching;

import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.coaching.FetchNetworkingReportQuery;
import io.rapport.query.api.coaching.NetworkingReport;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The networking report, as JSON and as CSV. */
@RestController
class ReportController {

  private final Dispatch dispatch;

  ReportController(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  @GetMapping("/api/v1/reports/networking")
  Mono<NetworkingReport> report(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String cohort) {
    return dispatch.query(
        caller, new FetchNetworkingReportQuery(from, to, cohort), NetworkingReport.class);
  }

  @GetMapping("/api/v1/reports/networking.csv")
  Mono<ResponseEntity<String>> csv(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String cohort) {
    return report(caller, from, to, cohort)
        .map(
            report ->
                ResponseEntity.ok()
                    .contentType(
                        new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"networking-report.csv\"")
                    .body(ReportCsv.write(report)));
  }
}
