package io.rapport.application.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.rapport.gateway.identity.TenantMembers;
import java.time.Duration;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Who belongs to a tenant, and with which roles, as Keycloak says. Answers are kept for a minute,
 * as membership changes rarely and the admin API is a remote call; at most {@value
 * #REMEMBERED_AT_MOST} of them, so that callers naming ever new people cannot grow the memory.
 */
@Component
class CachedTenantMembers implements TenantMembers {

  static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);
  static final int REMEMBERED_AT_MOST = 10_000;

  private final BiFunction<String, String, Set<String>> rolesOfMember;
  private final Cache<String, Set<String>> answers;

  @Autowired
  CachedTenantMembers(KeycloakOrganizations organizations) {
    this(organizations::rolesOfMember, REMEMBERED_AT_MOST);
  }

  CachedTenantMembers(BiFunction<String, String, Set<String>> rolesOfMember, int rememberedAtMost) {
    this.rolesOfMember = rolesOfMember;
    this.answers =
        Caffeine.newBuilder()
            .maximumSize(rememberedAtMost)
            .expireAfterWrite(REMEMBERED_FOR)
            .build();
  }

  @Override
  public Mono<Set<String>> rolesOf(String tenantId, String userId) {
    String key = tenantId + "|" + userId;
    Set<String> known = answers.getIfPresent(key);
    if (known != null) {
      return Mono.just(known);
    }
    return Mono.fromCallable(() -> rolesOfMember.apply(tenantId, userId))
        .subscribeOn(Schedulers.boundedElastic())
        .doOnNext(roles -> answers.put(key, roles));
  }

  /** How many answers are kept now. */
  long remembered() {
    answers.cleanUp();
    return answers.estimatedSize();
  }
}
