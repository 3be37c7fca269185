package io.rapport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerConverterTest {

  private final CallerConverter converter = new CallerConverter();

  @Test
  void aMemberActsInTheTenantOfTheirOrganizationWithTheirRoles() {
    CallerAuthentication ada = convert(token(List.of("student"), List.of("northfield")));

    assertThat(ada.getPrincipal().tenantId()).isEqualTo("northfield");
    assertThat(authorities(ada)).containsExactlyInAnyOrder("TENANT_MEMBER", "ROLE_student");
  }

  @Test
  void platformStaffWhoAreAlsoAMemberOfAnOrganizationGetNoTenantAndNoTenantRoles() {
    CallerAuthentication pat =
        convert(
            token(
                List.of("platform-admin", "tenant-admin", "student"),
                Map.of("northfield", Map.of("id", "x"))));

    assertThat(pat.getPrincipal().tenantId()).isNull();
    assertThat(authorities(pat)).containsExactly("ROLE_platform-admin");
  }

  @Test
  void anOrganizationAliasNoOnboardingCouldGiveIsNoTenant() {
    for (String alias : List.of("_platform", "Northfield", "a", "north field", "x\r\ny")) {
      CallerAuthentication mallory = convert(token(List.of("tenant-admin"), List.of(alias)));

      assertThat(mallory.getPrincipal().tenantId()).as(alias).isNull();
      assertThat(authorities(mallory)).as(alias).isEmpty();
    }
  }

  @Test
  void severalOrganizationsAreNoTenant() {
    CallerAuthentication eve = convert(token(List.of("student"), List.of("northfield", "harbor")));

    assertThat(eve.getPrincipal().tenantId()).isNull();
  }

  private CallerAuthentication convert(Jwt jwt) {
    return converter.convert(jwt).block();
  }

  private static List<String> authorities(CallerAuthentication authentication) {
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
  }

  private static Jwt token(List<String> roles, Object organization) {
    return Jwt.withTokenValue("t")
        .header("alg", "RS256")
        .subject("user-1")
        .issuedAt(Instant.now())
        .expiresAt(Instant.now().plusSeconds(60))
        .claim("realm_access", Map.of("roles", roles))
        .claim("organization", organization)
        .build();
  }
}
