package io.rapport.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generated input for every part of a request: texts of every kind (empty, huge, unicode, control
 * characters, numbers out of range, paths, markup), JSON of every shape (wrong types, nulls, extra
 * fields, deep nesting), broken bodies and odd headers.
 */
final class FuzzInputs {

  private static final List<String> NASTY =
      List.of(
          "",
          " ",
          "null",
          "-1",
          "0",
          "99999999999999999999999",
          "1e309",
          "NaN",
          "true",
          "../../etc/passwd",
          "%00",
          "\u0000",
          "' OR 1=1 --",
          "{\"$gt\": \"\"}",
          "<script>alert(1)</script>",
          "=HYPERLINK(\"http://evil\")",
          "line\r\nX-Injected: 1",
          "\uD83D\uDE00\u202E\uFEFF",
          "\uD800",
          "2026-13-45T25:61:00Z",
          "P-1D",
          "Zm9vYmFy");

  private FuzzInputs() {}

  /** A text: from the nasty ones, any unicode, a huge one, or an id that names nothing. */
  static Arbitrary<String> text() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(NASTY)),
        Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
        Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(5_000).ofMaxLength(70_000)),
        Tuple.of(2, Arbitraries.create(() -> UUID.randomUUID().toString())));
  }

  /** Any JSON value, nested at most {@code depth} deep, with the given field names likely. */
  static Arbitrary<Object> json(int depth, List<String> fields) {
    List<Arbitrary<?>> leaves =
        List.of(
            text(),
            Arbitraries.longs(),
            Arbitraries.doubles(),
            Arbitraries.of(true, false),
            Arbitraries.just(null));
    Arbitrary<Object> leaf =
        Arbitraries.oneOf(leaves.stream().map(a -> a.map(v -> (Object) v)).toList());
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Object> list =
        json(depth - 1, fields).list().ofMaxSize(4).map(values -> (Object) values);
    Arbitrary<Object> object = object(depth - 1, fields).map(values -> (Object) values);
    return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(1, list), Tuple.of(2, object));
  }

  /** A JSON object with some of the given fields and some others, of any type. */
  static Arbitrary<Map<String, Object>> object(int depth, List<String> fields) {
    Arbitrary<String> names =
        fields.isEmpty()
            ? text()
            : Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(fields)), Tuple.of(1, text()));
    Arbitrary<Object> values = depth == 0 ? text().map(v -> (Object) v) : json(depth, fields);
    return Arbitraries.maps(names, values)
        .ofMaxSize(Math.max(3, fields.size() + 2))
        .map(map -> new LinkedHashMap<>(map));
  }

  /** A body for a request: JSON of any shape, broken JSON, a deep nest, a huge one, or none. */
  static Arbitrary<String> body(List<String> fields) {
    return Arbitraries.frequencyOf(
        Tuple.of(6, object(2, fields).map(FuzzInputs::write)),
        Tuple.of(2, json(2, fields).map(FuzzInputs::write)),
        Tuple.of(
            1,
            Arbitraries.of("{", "{\"a\":", "[1,2", "\"unterminated", "{\"a\":1}}", "\u0000{}", "")),
        Tuple.of(1, Arbitraries.integers().between(200, 20_000).map(FuzzInputs::nested)),
        Tuple.of(1, Arbitraries.just("{\"huge\":\"" + "x".repeat(2 << 20) + "\"}")));
  }

  /** A content type: mostly JSON, sometimes anything. */
  static Arbitrary<String> contentType() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just("application/json")),
        Tuple.of(
            2,
            Arbitraries.of(
                "text/plain",
                "application/xml",
                "application/json; charset=utf-16",
                "multipart/form-data; boundary=x",
                "application/octet-stream",
                "text/csv")));
  }

  /** An optional header value (null: no header). */
  static Arbitrary<String> header() {
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(null)), Tuple.of(2, text()));
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  /** JSON text of a value made of maps, lists, texts, numbers, booleans and nulls. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      out.append('{');
      List<String> parts = new ArrayList<>();
      map.forEach((key, item) -> parts.add(quoted(String.valueOf(key)) + ":" + write(item)));
      out.append(String.join(",", parts)).append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      out.append(String.join(",", list.stream().map(FuzzInputs::write).toList()));
      out.append(']');
    } else if (value instanceof String text) {
      out.append(quoted(text));
    } else if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
      out.append("1e999");
    } else {
      out.append(value);
    }
  }

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
