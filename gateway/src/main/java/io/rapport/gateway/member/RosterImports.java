package io.rapport.gateway.member;

import io.rapport.command.api.Refusal;
import io.rapport.command.api.member.ImportCounts;
import io.rapport.command.api.member.ImportMembersCommand;
import io.rapport.command.api.member.ImportMembersCommand.RosterRow;
import io.rapport.command.api.member.ImportMembersCommand.RowOutcome;
import io.rapport.command.api.member.ImportOutcome;
import io.rapport.command.api.member.RecordImportProgressCommand;
import io.rapport.command.api.member.RowFailure;
import io.rapport.command.api.member.StartMemberImportCommand;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.HandlerExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Works through a roster in the background, as the tenant-admin who sent it: rows in chunks of
 * {@value #CHUNK}, each chunk as commands of {@value #BATCH} rows, {@value #AT_ONCE} at a time (a
 * batch's new accounts are created in one call to the identity provider), the counts and failed
 * rows recorded after each chunk, so that the import's status shows its progress. A row fails
 * alone, with its field and the reason; a failure to record the progress (a part away) is tried
 * again for a while. Should the node stop, the import shows as failed after a while (see the query
 * side); importing the file again finishes it.
 */
@Component
class RosterImports {

  static final int CHUNK = 200;
  static final int BATCH = 50;
  static final int AT_ONCE = 4;

  private static final Logger log = LoggerFactory.getLogger(RosterImports.class);
  private static final Retry PATIENTLY = Retry.backoff(10, Duration.ofMillis(200));

  private final Dispatch dispatch;

  RosterImports(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  /** Records the import and starts it; answers its id once recorded. */
  Mono<String> start(Caller caller, List<Roster.Row> rows, boolean dryRun) {
    String importId = UUID.randomUUID().toString();
    return dispatch
        .command(caller, new StartMemberImportCommand(importId, rows.size(), dryRun))
        .then(Mono.fromRunnable(() -> run(caller, importId, rows, dryRun)))
        .thenReturn(importId);
  }

  private void run(Caller caller, String importId, List<Roster.Row> rows, boolean dryRun) {
    List<List<Roster.Row>> chunks = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += CHUNK) {
      chunks.add(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
    }
    if (chunks.isEmpty()) {
      chunks.add(List.of());
    }
    ImportCounts[] counts = {ImportCounts.NONE};
    Flux.range(0, chunks.size())
        .concatMap(
            index ->
                Flux.fromIterable(batches(chunks.get(index)))
                    .flatMap(batch -> imported(caller, importId, batch, dryRun), AT_ONCE)
                    .collectList()
                    .map(lists -> lists.stream().flatMap(List::stream).toList())
                    .flatMap(
                        results -> {
                          List<RowFailure> failures = new ArrayList<>();
                          for (Result result : results) {
                            if (result.failure() != null) {
                              failures.add(result.failure());
                              counts[0] = counts[0].plusFailed();
                            } else {
                              counts[0] = counts[0].plus(result.outcome());
                            }
                          }
                          boolean last = index == chunks.size() - 1;
                          return dispatch
                              .command(
                                  caller,
                                  new RecordImportProgressCommand(
                                      importId, counts[0], failures, last))
                              .retryWhen(PATIENTLY)
                              .then();
                        }))
        .subscribe(
            done -> {},
            failure ->
                log.warn(
                    "Import {} stopped before its end; importing the file again finishes it",
                    importId,
                    failure),
            () -> log.info("Import {} finished: {}", importId, counts[0]));
  }

  /** What became of a row: an outcome, or a failure. */
  private record Result(ImportOutcome outcome, RowFailure failure) {}

  private static List<List<Roster.Row>> batches(List<Roster.Row> chunk) {
    List<List<Roster.Row>> batches = new ArrayList<>();
    for (int from = 0; from < chunk.size(); from += BATCH) {
      batches.add(chunk.subList(from, Math.min(chunk.size(), from + BATCH)));
    }
    return batches;
  }

  /** The batch's rows imported: those unreadable fail here, the rest go in one command. */
  private Mono<List<Result>> imported(
      Caller caller, String importId, List<Roster.Row> batch, boolean dryRun) {
    List<Result> unreadable = new ArrayList<>();
    List<RosterRow> rows = new ArrayList<>();
    for (Roster.Row row : batch) {
      if (row.readable()) {
        rows.add(new RosterRow(row.number(), row.profile()));
      } else {
        unreadable.add(new Result(null, new RowFailure(row.number(), row.field(), row.problem())));
      }
    }
    if (rows.isEmpty()) {
      return Mono.just(unreadable);
    }
    return dispatch
        .<List<RowOutcome>>command(caller, new ImportMembersCommand(importId, rows, dryRun))
        .map(
            outcomes -> {
              List<Result> results = new ArrayList<>(unreadable);
              outcomes.forEach(o -> results.add(new Result(o.outcome(), o.failure())));
              return results;
            })
        .onErrorResume(
            failure -> {
              List<Result> results = new ArrayList<>(unreadable);
              rows.forEach(row -> results.add(new Result(null, failureOf(row.row(), failure))));
              return Mono.just(results);
            });
  }

  /** A refusal as the row's failure; anything else as a failure that says only that. */
  static RowFailure failureOf(int row, Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof HandlerExecutionException refused
          && refused.getDetails().orElse(null) instanceof Refusal refusal) {
        return new RowFailure(row, refusal.field(), refusal.detail());
      }
    }
    log.warn("Row {} of an import failed", row, failure);
    return new RowFailure(row, null, "The row could not be imported now; import the file again.");
  }
}
