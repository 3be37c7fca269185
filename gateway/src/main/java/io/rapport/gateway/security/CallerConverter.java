package io.rapport.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Turns a validated Keycloak token into a {@link Caller}. The tenant comes from the token's {@code
 * organization} claim, which Keycloak writes either as a list of aliases or as a map keyed by
 * alias; a token naming no organization, or several, or an alias that no onboarding could give
 * (such as {@code _platform}, the platform's own audit history), has no tenant. Tenant roles count
 * only within a tenant, so a tenantless caller never reaches tenant data; platform staff act
 * outside every tenant, even when Keycloak also lists them as a member of an organization.
 */
final class CallerConverter implements Converter<Jwt, Mono<CallerAuthentication>> {

  static final String TENANT_MEMBER = "TENANT_MEMBER";

  /** The aliases onboarding gives tenants: lowercase letters, digits and hyphens, 2 to 63. */
  private static final Pattern TENANT_ALIAS = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

  @Override
  public Mono<CallerAuthentication> convert(Jwt jwt) {
    Set<String> roles = realmRoles(jwt);
    String tenant =
        roles.contains(Caller.PLATFORM_ADMIN) ? null : tenantOf(jwt.getClaim("organization"));
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
    if (aliases.size() != 1) {
      return null;
    }
    String alias = String.valueOf(aliases.iterator().next());
    return TENANT_ALIAS.matcher(alias).matches() ? alias : null;
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
