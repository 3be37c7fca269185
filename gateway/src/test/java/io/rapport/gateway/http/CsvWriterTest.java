package io.rapport.gateway.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No cell of a CSV the system writes opens as a formula; numbers stay numbers. */
class CsvWriterTest {

  /** Every CSV goes through {@link CsvWriter}: no other production class uses Commons CSV. */
  static final ArchRule ONLY_THE_CSV_WRITER_WRITES_CSV =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(CsvWriter.class.getName())
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(CSVPrinter.class.getName())
          .allowEmptyShould(false);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "-5"
      })
  void aTextCellThatASpreadsheetWouldRunComesOutAsText(String attack) throws IOException {
    String csv = CsvWriter.withHeader(List.of("name", "count")).row(List.of(attack, 3)).text();

    CSVRecord row = parse(csv).get(0);
    assertThat(row.get("name")).isEqualTo("'" + attack);
    assertThat(row.get("count")).isEqualTo("3");
  }

  @Test
  void numbersTheSystemComputesStayNumbersEvenWhenNegative() throws IOException {
    String csv =
        CsvWriter.withHeader(List.of("a", "b", "c", "d", "e"))
            .row(Arrays.asList(-5, -2.5, new BigDecimal("1E+1"), null, "plain text, with a comma"))
            .text();

    assertThat(parse(csv).get(0).toMap())
        .containsEntry("a", "-5")
        .containsEntry("b", "-2.5")
        .containsEntry("c", "10")
        .containsEntry("d", "")
        .containsEntry("e", "plain text, with a comma");
  }

  @Test
  void theHeaderIsNeutralizedToo() {
    assertThat(CsvWriter.withHeader(List.of("=cmd", "ok")).text()).startsWith("'=cmd,ok");
  }

  @Test
  void noOtherClassWritesCsv() {
    ONLY_THE_CSV_WRITER_WRITES_CSV.check(
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.rapport"));
    // a class that prints CSV of its own is refused (reading CSV, as rosters do, is not writing)
    assertThatThrownBy(
            () ->
                ONLY_THE_CSV_WRITER_WRITES_CSV.check(
                    new ClassFileImporter().importClasses(RogueWriter.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(RogueWriter.class.getName());
  }

  /** Writes CSV without the writer's neutralizing of formulas: what the rule must refuse. */
  static final class RogueWriter {
    static String write(String cell) throws IOException {
      StringBuilder out = new StringBuilder();
      try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
        printer.printRecord(cell);
      }
      return out.toString();
    }
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
