package io.rapport.gateway.member;

import io.rapport.command.api.member.MemberProfile;
import io.rapport.command.api.member.MemberRole;
import io.rapport.gateway.http.InvalidQueryException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A roster as a tenant-admin sends it: CSV (RFC 4180) with the header {@code
 * email,firstName,lastName,role,cohort,coachEmail} (in any order; {@code cohort} and {@code
 * coachEmail} may be left out). A header it cannot use refuses the whole file; a row it cannot read
 * becomes a row that fails alone.
 */
final class Roster {

  static final int MOST_ROWS = 50_000;
  static final List<String> REQUIRED = List.of("email", "firstName", "lastName", "role");
  static final Set<String> KNOWN =
      Set.of("email", "firstName", "lastName", "role", "cohort", "coachEmail");

  /** A row: its number (1 is the first after the header), and what it says or why it cannot. */
  record Row(int number, MemberProfile profile, String field, String problem) {

    boolean readable() {
      return problem == null;
    }
  }

  private Roster() {}

  static List<Row> parse(String text) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(text)), format)) {
      Map<String, Integer> header = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      header.putAll(parser.getHeaderMap());
      for (String column : header.keySet()) {
        if (KNOWN.stream().noneMatch(column::equalsIgnoreCase)) {
          throw new InvalidQueryException("header", "has a column this import does not know");
        }
      }
      for (String column : REQUIRED) {
        if (!header.containsKey(column)) {
          throw new InvalidQueryException("header", "needs the column " + column);
        }
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (rows.size() == MOST_ROWS) {
          throw new InvalidQueryException("rows", "a roster has at most " + MOST_ROWS + " rows");
        }
        rows.add(row(rows.size() + 1, record, header));
      }
      return rows;
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
      throw new InvalidQueryException("body", "is not CSV with a header row");
    }
  }

  private static Row row(int number, CSVRecord record, Map<String, Integer> header) {
    if (!record.isConsistent()) {
      return new Row(number, null, null, "The row does not have one value per column.");
    }
    String role = value(record, header, "role");
    MemberRole memberRole = null;
    if (role != null) {
      try {
        memberRole = MemberRole.valueOf(role.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException unknown) {
        return new Row(number, null, "role", "A member is a STUDENT, a COACH or a TENANT_ADMIN.");
      }
    }
    return new Row(
        number,
        new MemberProfile(
            value(record, header, "email"),
            value(record, header, "firstName"),
            value(record, header, "lastName"),
            memberRole,
            value(record, header, "cohort"),
            value(record, header, "coachEmail")),
        null,
        null);
  }

  private static String value(CSVRecord record, Map<String, Integer> header, String column) {
    Integer at = header.get(column);
    if (at == null || at >= record.size()) {
      return null;
    }
    String value = record.get(at);
    return value == null || value.isBlank() ? null : value;
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
