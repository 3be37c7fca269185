package io.rapport.query.app.nudge;

import io.rapport.query.api.InvalidQuery;
import io.rapport.query.api.nudge.FetchNudgeReportQuery;
import io.rapport.query.api.nudge.NudgeReport;
import io.rapport.query.app.access.Viewing;
import io.rapport.query.app.access.Viewings;
import io.rapport.query.app.coaching.PeopleDocuments;
import io.rapport.query.app.store.TenantCollections;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The nudge report of the caller's tenant, for its tenant-admins: the tenant's cases, one range of
 * keys per kind, judged as of now ({@link NudgeCases}), of one cohort when asked.
 */
@Component
class NudgeReportQueries {

  /** The most cases of one kind a report reads. */
  static final int MOST_CASES = 500_000;

  private final Viewings viewings;
  private final Clock clock;

  NudgeReportQueries(Viewings viewings, Clock clock) {
    this.viewings = viewings;
    this.clock = clock;
  }

  @QueryHandler
  CompletableFuture<NudgeReport> handle(FetchNudgeReportQuery query, MetaData metaData) {
    Viewing viewing = viewings.of(metaData);
    if (!viewing.viewer().roles().contains("tenant-admin")) {
      return CompletableFuture.completedFuture(null);
    }
    if (query.from() == null || query.to() == null || query.to().isBefore(query.from())) {
      throw new QueryExecutionException(
          "to must not be before from",
          null,
          new InvalidQuery("to", "must be a day on or after from"));
    }
    TenantCollections tenant = viewing.collections();
    NudgeCases cases =
        new NudgeCases(
            query.from().atStartOfDay(ZoneOffset.UTC).toInstant(),
            query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
            clock.instant());
    Mono<Map<String, String>> cohorts =
        query.cohort() == null
            ? Mono.just(Map.of())
            : PeopleDocuments.all(tenant)
                .collect(
                    HashMap::new,
                    (Map<String, String> map, Document person) -> {
                      String key = person.getString("_id");
                      String cohort = person.getString("cohort");
                      if (cohort != null) {
                        map.put(key.substring(key.indexOf('|') + 1), cohort);
                      }
                    });
    return cohorts
        .flatMap(
            cohortOf ->
                reportOf(tenant, cases, query, cohortOf)
                    .map(rules -> new NudgeReport(query.from(), query.to(), query.cohort(), rules)))
        .toFuture();
  }

  private Mono<List<NudgeReport.RuleOutcome>> reportOf(
      TenantCollections tenant,
      NudgeCases cases,
      FetchNudgeReportQuery query,
      Map<String, String> cohortOf) {
    return Mono.zip(
            kind(tenant, NudgeCaseProjection.PREPARE, query, cohortOf),
            kind(tenant, NudgeCaseProjection.THANK_YOU, query, cohortOf),
            kind(tenant, NudgeCaseProjection.TOUCHPOINT, query, cohortOf),
            kind(tenant, NudgeCaseProjection.CONNECTION, query, cohortOf),
            kind(tenant, NudgeCaseProjection.DIGEST, query, Map.of()))
        .map(
            found ->
                cases.judged(
                    found.getT1(), found.getT2(), found.getT3(), found.getT4(), found.getT5()));
  }

  private static Mono<List<Document>> kind(
      TenantCollections tenant,
      String kind,
      FetchNudgeReportQuery query,
      Map<String, String> cohortOf) {
    return tenant
        .range(
            NudgeCaseProjection.CASES,
            tenant.tenant().key(kind, ""),
            tenant.tenant().key(kind, "\uffff"),
            false,
            MOST_CASES)
        .filter(
            doc ->
                query.cohort() == null
                    || query.cohort().equals(cohortOf.get(doc.getString("studentId"))))
        .collectList();
  }
}
