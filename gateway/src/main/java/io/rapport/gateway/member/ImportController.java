package io.rapport.gateway.member;

import io.rapport.gateway.http.NotFoundException;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.member.FindMemberImportQuery;
import io.rapport.query.api.member.MemberImportView;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** Roster imports: a CSV file in, its progress out (tenant-admins only). */
@RestController
class ImportController {

  static final int MOST_BYTES = 10 * 1024 * 1024;

  private final RosterImports imports;
  private final Dispatch dispatch;

  ImportController(RosterImports imports, Dispatch dispatch) {
    this.imports = imports;
    this.dispatch = dispatch;
  }

  /** The import is recorded, then runs in the background: 202 with where to follow it. */
  @PostMapping(path = "/api/v1/members/import", consumes = "text/csv")
  Mono<ResponseEntity<MemberImportView>> start(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "false") boolean dryRun,
      ServerHttpRequest request) {
    return DataBufferUtils.join(request.getBody(), MOST_BYTES)
        .map(ImportController::text)
        .defaultIfEmpty("")
        .onErrorMap(
            DataBufferLimitException.class,
            tooLarge ->
                new ResponseStatusException(
                    HttpStatus.PAYLOAD_TOO_LARGE, "A roster has at most 10 MB."))
        .map(Roster::parse)
        .flatMap(rows -> started(caller, rows, dryRun));
  }

  private Mono<ResponseEntity<MemberImportView>> started(
      Caller caller, List<Roster.Row> rows, boolean dryRun) {
    return imports
        .start(caller, rows, dryRun)
        .map(
            importId ->
                ResponseEntity.accepted()
                    .location(URI.create("/api/v1/members/imports/" + importId))
                    .body(
                        new MemberImportView(
                            importId, dryRun, "RUNNING", rows.size(), 0, 0, 0, 0, List.of())));
  }

  private static String text(DataBuffer buffer) {
    try {
      return buffer.toString(StandardCharsets.UTF_8);
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  @GetMapping("/api/v1/members/imports/{importId}")
  Mono<MemberImportView> status(
      @AuthenticationPrincipal Caller caller, @PathVariable String importId) {
    return dispatch
        .query(caller, new FindMemberImportQuery(importId), MemberImportView.class)
        .switchIfEmpty(Mono.error(NotFoundException::new));
  }
}
