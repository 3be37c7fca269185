package io.rapport.query.api.nudge;

import java.time.LocalDate;

/** The caller's tenant's nudge report (tenant-admins only); {@code cohort} null: every student. */
public record FetchNudgeReportQuery(LocalDate from, LocalDate to, String cohort) {}
