package io.rapport.gateway.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Who belongs to a tenant, and with which roles, as Keycloak says: a tenant-admin may enrol or
 * assign only people of their own organization. Answers are kept for a minute, as membership
 * changes rarely and the admin API is a remote call.
 */
@Component
public class TenantMembers {

  static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);

  private final KeycloakOrganizations organizations;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  TenantMembers(KeycloakOrganizations organizations) {
    this.organizations = organizations;
  }

  private record Answer(Set<String> roles, Instant until) {}

  /** The realm roles of the user if they are a member of the tenant; empty otherwise. */
  public Mono<Set<String>> rolesOf(String tenantId, String userId) {
    String key = tenantId + "|" + userId;
    Answer known = answers.get(key);
    if (known != null && known.until().isAfter(Instant.now())) {
      return Mono.just(known.roles());
    }
    return Mono.fromCallable(() -> organizations.rolesOfMember(tenantId, userId))
        .subscribeOn(Schedulers.boundedElastic())
        .doOnNext(roles -> answers.put(key, new Answer(roles, Instant.now().plus(REMEMBERED_FOR))));
  }
}
