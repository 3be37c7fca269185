package io.rapport.gateway.student;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentPositionsTest {

  @Test
  void aPositionIsSentOnce() {
    RecentPositions sent = new RecentPositions(16);

    assertThat(sent.add(7)).isTrue();
    assertThat(sent.add(7)).isFalse();
    assertThat(sent.contains(7)).isTrue();
  }

  @Test
  void aLongStreamRemembersNoMoreThanItsBound() {
    RecentPositions sent = new RecentPositions(16);

    for (long position = 1; position <= 100_000; position++) {
      sent.add(position);
    }

    assertThat(sent.size()).isEqualTo(16);
    assertThat(sent.contains(100_000)).isTrue();
    assertThat(sent.contains(1)).isFalse();
  }
}
