package io.rapport.query.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;

class LegacyTokensTest {

  private final InMemoryTokenStore tokens = new InMemoryTokenStore();

  @Test
  void startsWhereTheSlowestSegmentOfAnyEarlierProcessorWas() {
    tokens.initializeTokenSegments("chats", 2, token(100));
    tokens.storeToken(token(80), "chats", 1);
    tokens.initializeTokenSegments("audit", 1, token(90));
    tokens.initializeTokenSegments("tenant-thank-you-windows", 1, token(10));

    assertThat(LegacyTokens.lowestOf(tokens, List.of("audit", "chats", "timelines")))
        .hasValueSatisfying(lowest -> assertThat(lowest.position()).hasValue(80));
  }

  @Test
  void readsAReplayingProcessorAtWhereItIsNow() {
    tokens.initializeTokenSegments(
        "chats", 1, ReplayToken.createReplayToken(token(500), token(40)));
    tokens.initializeTokenSegments("audit", 1, token(90));

    assertThat(LegacyTokens.lowestOf(tokens, List.of("audit", "chats")))
        .hasValueSatisfying(lowest -> assertThat(lowest.position()).hasValue(40));
  }

  @Test
  void startsFromTheStartWhenAnEarlierProcessorHadNotBegun() {
    tokens.initializeTokenSegments("chats", 1, token(100));
    tokens.initializeTokenSegments("audit", 1, null);

    assertThat(LegacyTokens.lowestOf(tokens, List.of("audit", "chats"))).isEmpty();
  }

  @Test
  void startsFromTheStartInAFreshStore() {
    assertThat(LegacyTokens.lowestOf(tokens, List.of("audit", "chats"))).isEmpty();
  }

  private static GapAwareTrackingToken token(long index) {
    return GapAwareTrackingToken.newInstance(index, List.of());
  }
}
