package io.rapport.gateway.coaching;

import io.rapport.gateway.http.CsvWriter;
import io.rapport.query.api.coaching.NetworkingReport;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The networking report as CSV: one row per cohort and kind, one column per outcome kind. The
 * cohort is a tenant-admin's text, neutralized by {@link CsvWriter}; the counts are numbers.
 */
final class ReportCsv {

  static final List<String> COLUMNS =
      List.of(
          "cohort",
          "kind",
          "scheduled",
          "held",
          "thankYouSent",
          "thankYouOnTime",
          "connectionRequested",
          "connectionAccepted",
          "reciprocityOffered");

  private ReportCsv() {}

  static String write(NetworkingReport report) {
    TreeSet<String> outcomeKinds = new TreeSet<>();
    report.rows().forEach(row -> outcomeKinds.addAll(row.outcomes().keySet()));
    List<String> header = new ArrayList<>(COLUMNS);
    outcomeKinds.forEach(kind -> header.add("outcome_" + kind));
    header.add("medianHoursToThankYou");
    CsvWriter csv = CsvWriter.withHeader(header);
    for (NetworkingReport.Row row : report.rows()) {
      List<Object> values =
          new ArrayList<>(
              List.of(
                  row.cohort(),
                  row.kind(),
                  row.scheduled(),
                  row.held(),
                  row.thankYouSent(),
                  row.thankYouOnTime(),
                  row.connectionRequested(),
                  row.connectionAccepted(),
                  row.reciprocityOffered()));
      outcomeKinds.forEach(kind -> values.add(row.outcomes().getOrDefault(kind, 0)));
      values.add(row.medianHoursToThankYou());
      csv.row(values);
    }
    return csv.text();
  }
}
