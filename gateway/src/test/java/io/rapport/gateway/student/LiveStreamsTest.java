package io.rapport.gateway.student;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.gateway.security.Caller;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveStreamsTest {

  private final LiveStreams streams =
      new LiveStreams(new LiveProperties(Duration.ofSeconds(15), 2, 3, 16));

  @Test
  void aPersonHoldsAtMostTheirBoundAndAClosedStreamFreesItsPlace() {
    Optional<LiveStreams.Lease> first = streams.open(caller("ada", "northfield"));
    assertThat(streams.open(caller("ada", "northfield"))).isPresent();
    assertThat(streams.open(caller("ada", "northfield"))).isEmpty();

    first.orElseThrow().close();
    first.orElseThrow().close(); // signalled twice, given back once

    assertThat(streams.open(caller("ada", "northfield"))).isPresent();
    assertThat(streams.open(caller("ada", "northfield"))).isEmpty();
    assertThat(streams.count()).isEqualTo(2);
  }

  @Test
  void aTenantHoldsAtMostItsBoundWhateverItsPeopleDo() {
    assertThat(streams.open(caller("ada", "northfield"))).isPresent();
    assertThat(streams.open(caller("ben", "northfield"))).isPresent();
    assertThat(streams.open(caller("cal", "northfield"))).isPresent();

    assertThat(streams.open(caller("dan", "northfield"))).isEmpty();
    assertThat(streams.open(caller("eve", "harbor"))).isPresent();
  }

  private static Caller caller(String user, String tenant) {
    return new Caller(user, tenant, Set.of(Caller.COACH), user, user, user + "@example.org");
  }
}
