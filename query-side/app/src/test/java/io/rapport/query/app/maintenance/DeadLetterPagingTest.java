package io.rapport.query.app.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.rapport.query.api.InvalidQuery;
import io.rapport.query.api.projection.DeadLetterList;
import io.rapport.query.api.projection.DeadLetterView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pages of the dead-letter list go on after the last letter shown, whatever changed between. */
class DeadLetterPagingTest {

  private static final Instant PARKED = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void anEmptyListIsOnePageWithoutANextCursor() {
    assertThat(DeadLetterPaging.page(List.of(), null, 50))
        .isEqualTo(new DeadLetterList(List.of(), null));
  }

  @Test
  void aFullLastPageHasNoNextCursor() {
    List<DeadLetterView> letters = List.of(letter("a", "timelines", 0), letter("b", "people", 1));

    assertThat(DeadLetterPaging.page(letters, null, 2).nextCursor()).isNull();
    assertThat(DeadLetterPaging.page(letters, null, 1).nextCursor()).isNotNull();
  }

  @Test
  void lettersParkedAtTheSameInstantComeByProcessorThenEventId() {
    List<DeadLetterView> letters =
        List.of(letter("b", "timelines", 0), letter("a", "timelines", 0), letter("c", "people", 0));

    assertThat(DeadLetterPaging.page(letters, null, 50).items())
        .extracting(DeadLetterView::eventId)
        .containsExactly("c", "a", "b");
  }

  @Test
  void aRetryThatDrainsLettersBetweenTwoPagesNeitherRepeatsNorSkipsOne() {
    List<DeadLetterView> letters = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      letters.add(letter("e" + i, "timelines", i));
    }
    DeadLetterList first = DeadLetterPaging.page(letters, null, 3);
    // two letters of the first page were retried and drained before the second page was asked for
    letters.removeIf(letter -> List.of("e0", "e2").contains(letter.eventId()));

    DeadLetterList second = DeadLetterPaging.page(letters, first.nextCursor(), 3);

    assertThat(first.items()).extracting(DeadLetterView::eventId).containsExactly("e0", "e1", "e2");
    assertThat(second.items())
        .extracting(DeadLetterView::eventId)
        .containsExactly("e3", "e4", "e5");
    assertThat(second.nextCursor()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Zm9vYmFy",
        "!!!",
        "dead-letters-after:yesterday|e1|timelines",
        "dead-letters-after:2026-03-01T10:00:00Z|e1",
        "dead-letters-after:2026-03-01T10:00:00Z||timelines",
        "audit-before:42"
      })
  void aCursorThisApiNeverGaveOutIsRefusedNamingTheCursor(String raw) {
    String cursor =
        raw.contains(":")
            ? Base64.getUrlEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8))
            : raw;

    assertThatExceptionOfType(QueryExecutionException.class)
        .isThrownBy(() -> DeadLetterPaging.page(List.of(), cursor, 50))
        .satisfies(
            e ->
                assertThat(e.getDetails())
                    .hasValue(new InvalidQuery("cursor", "is not one this API gave out")));
  }

  private static DeadLetterView letter(String eventId, String group, int minute) {
    Instant at = PARKED.plusSeconds(60L * minute);
    return new DeadLetterView(eventId, group, "sequence", "SomeEvent", null, at, at);
  }
}
