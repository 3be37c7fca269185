package io.rapport.gateway.web;

import io.rapport.query.api.coaching.NetworkingReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The networking report as CSV: one row per cohort and kind, one column per outcome kind. */
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
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
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
        values.add(
            row.medianHoursToThankYou() == null ? "" : row.medianHoursToThankYou().toPlainString());
        csv.printRecord(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
