package io.rapport.gateway.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.query.api.coaching.NetworkingReport;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The networking report as CSV: a cohort's text is neutralized, counts and medians are numbers. */
class ReportCsvTest {

  @Test
  void theReportsCohortIsText() throws IOException {
    NetworkingReport report =
        new NetworkingReport(
            List.of(
                new NetworkingReport.Row(
                    "=HYPERLINK(\"http://evil.example\",\"x\")",
                    "INFORMATIONAL_INTERVIEW",
                    2,
                    1,
                    1,
                    1,
                    0,
                    0,
                    0,
                    Map.of("REFERRAL", 1),
                    new BigDecimal("-0.5"))));

    assertThat(parse(ReportCsv.write(report)).get(0).toMap())
        .containsEntry("cohort", "'=HYPERLINK(\"http://evil.example\",\"x\")")
        .containsEntry("scheduled", "2")
        .containsEntry("outcome_REFERRAL", "1")
        .containsEntry("medianHoursToThankYou", "-0.5");
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }
}
