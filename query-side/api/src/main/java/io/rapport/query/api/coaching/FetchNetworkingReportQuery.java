package io.rapport.query.api.coaching;

import java.time.Instant;

/** The networking funnel of the tenant, per cohort and chat kind; null filters do not filter. */
public record FetchNetworkingReportQuery(Instant from, Instant to, String cohort) {}
