package io.rapport.gateway.http;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the system writes CSV (an architecture test keeps Commons CSV out of every other
 * class), so that no cell opens as a formula in a spreadsheet (CSV injection, as OWASP describes
 * it): a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is written with a single quote before it, which spreadsheets show as text.
 *
 * <p>Which cells count as text: every value that is not a {@link Number}. Numbers are what the
 * system itself computes for its numeric columns (counts, medians); they hold no text of a user,
 * and a negative one must stay a number, so they are written as they are ({@link BigDecimal}s in
 * plain notation). Everything else, whatever a user typed (a cohort, a name, a note) and the names
 * and ids the system stores, is text, and neutralized even when it looks like a number: a cohort
 * named {@code -5} comes out as {@code '-5}. Quotes, separators and line breaks inside a cell are
 * quoted by Commons CSV as usual.
 */
public final class CsvWriter {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final StringWriter out = new StringWriter();
  private final CSVPrinter printer;

  private CsvWriter(List<String> header) {
    try {
      printer =
          CSVFormat.DEFAULT
              .builder()
              .setHeader(header.stream().map(CsvWriter::neutralized).toArray(String[]::new))
              .get()
              .print(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV text that starts with the given header row. */
  public static CsvWriter withHeader(List<String> header) {
    return new CsvWriter(header);
  }

  /** Appends a row; a null cell is written empty. */
  public CsvWriter row(List<?> cells) {
    try {
      printer.printRecord(cells.stream().map(CsvWriter::cell).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The CSV written so far. */
  public String text() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    return neutralized(value.toString());
  }

  /** The text, with a single quote before it when a spreadsheet would take it for a formula. */
  static String neutralized(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
