package io.rapport.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Turns a validated Keycloak token into a {@link Caller}. The tenant comes from the token's {@code
 * organization} claim, which Keycloak writes either as a list of aliases or as a map keyed by
 * alias; a token naming no organization, or several, has no tenant. Tenant roles count only within
 * a tenant, so a tenantless caller never reaches tenant data.
 */
final class CallerConverter implements Converter<Jwt, Mono<CallerAuthentication>> {

  static final String TENANT_MEMBER = "TENANT_MEMBER";

  @Override
  public Mono<CallerAuthentication> convert(Jwt jwt) {
    String tenant = tenantOf(jwt.getClaim("organization"));
    Set<String> roles = realmRoles(jwt);
    Caller caller =
        new Caller(
            jwt.getSubject(),
            tenant,
            roles,
            jwt.getClaimAsString("preferred_username"),
            jwt.getClaimAsString("name"),
            jwt.getClaimAsString("email"));
    return Mono.just(new CallerAuthentication(caller, jwt, authorities(caller)));
  }

  private static Collection<GrantedAuthority> authorities(Caller caller) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    if (caller.roles().contains(Caller.PLATFORM_ADMIN)) {
      authorities.add(new SimpleGrantedAuthority("ROLE_" + Caller.PLATFORM_ADMIN));
    }
    if (caller.hasTenant()) {
      authorities.add(new SimpleGrantedAuthority(TENANT_MEMBER));
      for (String role : List.of(Caller.STUDENT, Caller.COACH, Caller.TENANT_ADMIN)) {
        if (caller.roles().contains(role)) {
          authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
      }
    }
    return authorities;
  }

  static String tenantOf(Object organization) {
    Collection<?> aliases =
        organization instanceof Map<?, ?> map
            ? map.keySet()
            : organization instanceof Collection<?> list ? list : List.of();
    return aliases.size() == 1 ? String.valueOf(aliases.iterator().next()) : null;
  }

  private static Set<String> realmRoles(Jwt jwt) {
    Object realmAccess = jwt.getClaim("realm_access");
    if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> roles) {
      Set<String> result = new LinkedHashSet<>();
      roles.forEach(role -> result.add(String.valueOf(role)));
      return Set.copyOf(result);
    }
    return Set.of();
  }
}
