package io.rapport.query.app.audit;

import io.rapport.query.api.InvalidQuery;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.axonframework.queryhandling.QueryExecutionException;

/** The opaque cursor of the next audit page: it goes on with the entries before a sequence. */
final class AuditCursor {

  private static final String PREFIX = "audit-before:";

  private AuditCursor() {}

  static String before(long sequence) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + sequence).getBytes(StandardCharsets.UTF_8));
  }

  /** The sequence the page goes on before; null for the first page. */
  static Long decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (raw.startsWith(PREFIX)) {
        long sequence = Long.parseLong(raw.substring(PREFIX.length()));
        if (sequence > 0) {
          return sequence;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the refusal below, as any other cursor this API never gave out
    }
    throw new QueryExecutionException(
        "cursor is not one this API gave out",
        null,
        new InvalidQuery("cursor", "is not one this API gave out"));
  }
}
