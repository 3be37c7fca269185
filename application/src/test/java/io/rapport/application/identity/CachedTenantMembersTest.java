package io.rapport.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedTenantMembersTest {

  @Test
  void rolesAreAskedOnceAndThenRemembered() {
    AtomicInteger asked = new AtomicInteger();
    CachedTenantMembers members =
        new CachedTenantMembers(
            (tenant, user) -> {
              asked.incrementAndGet();
              return Set.of("student");
            },
            100);

    assertThat(members.rolesOf("northfield", "ada").block()).containsExactly("student");
    assertThat(members.rolesOf("northfield", "ada").block()).containsExactly("student");
    assertThat(asked).hasValue(1);
  }

  @Test
  void callersNamingEverNewPeopleDoNotGrowTheMemoryBeyondItsBound() {
    CachedTenantMembers members = new CachedTenantMembers((tenant, user) -> Set.of(), 100);

    for (int i = 0; i < 5_000; i++) {
      members.rolesOf("northfield", "stranger-" + i).block();
    }

    assertThat(members.remembered()).isLessThanOrEqualTo(100);
  }
}
