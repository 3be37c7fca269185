package io.rapport.query.app.maintenance;

import io.rapport.query.api.InvalidQuery;
import io.rapport.query.api.projection.DeadLetterList;
import io.rapport.query.api.projection.DeadLetterView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryExecutionException;

/**
 * Pages of the dead-letter list, oldest first. The cursor names the last letter shown by its key
 * (when it was parked, its processor, its event id: together they name one letter), and the next
 * page goes on after that key, so a retry that drains letters between two pages makes the next page
 * neither repeat nor skip one. Each page reads the queues whole and sorts them: parked events are
 * few, and each processor's queue is bounded (Axon's defaults: 1,024 sequences of at most 1,024
 * events); the page bounds what is sent.
 */
final class DeadLetterPaging {

  static final Comparator<DeadLetterView> OLDEST_FIRST =
      Comparator.comparing(
              DeadLetterView::enqueuedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(
              DeadLetterView::processingGroup, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(DeadLetterView::eventId, Comparator.nullsFirst(Comparator.naturalOrder()));

  private static final String PREFIX = "dead-letters-after:";
  private static final String SEPARATOR = "|";

  private DeadLetterPaging() {}

  /** The letters after the cursor (all from the start when it is null), at most {@code limit}. */
  static DeadLetterList page(List<DeadLetterView> letters, String cursor, int limit) {
    DeadLetterView after = decode(cursor);
    int size = Math.max(1, limit);
    List<DeadLetterView> rest =
        letters.stream()
            .filter(letter -> after == null || OLDEST_FIRST.compare(letter, after) > 0)
            .sorted(OLDEST_FIRST)
            .limit(size + 1L)
            .toList();
    if (rest.size() <= size) {
      return new DeadLetterList(rest, null);
    }
    List<DeadLetterView> shown = rest.subList(0, size);
    return new DeadLetterList(List.copyOf(shown), cursorAfter(shown.get(size - 1)));
  }

  static String cursorAfter(DeadLetterView last) {
    String key =
        PREFIX
            + last.enqueuedAt()
            + SEPARATOR
            + last.eventId()
            + SEPARATOR
            + last.processingGroup();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  /** The key the page goes on after, as a letter holding only its key; null for the first page. */
  static DeadLetterView decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (raw.startsWith(PREFIX)) {
        // the group comes last, so that it may hold anything; instants and event ids hold no '|'
        String[] key = raw.substring(PREFIX.length()).split("\\" + SEPARATOR, 3);
        if (key.length == 3 && !key[1].isEmpty() && !key[2].isEmpty()) {
          return new DeadLetterView(key[1], key[2], null, null, null, Instant.parse(key[0]), null);
        }
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      // falls through to the refusal below, as any other cursor this API never gave out
    }
    throw new QueryExecutionException(
        "cursor is not one this API gave out",
        null,
        new InvalidQuery("cursor", "is not one this API gave out"));
  }
}
