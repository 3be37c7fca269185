package io.rapport.gateway.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Every API call needs a valid Keycloak access token. Tenant endpoints need a caller within a
 * tenant; the student's own actions need the student role; platform endpoints need platform staff.
 * Finer rules (whose records a caller may read) belong to the read side. How a refusal is answered
 * (recorded, and told as problem details) is the HTTP edge's, injected as the entry point and the
 * access-denied handler.
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfiguration {

  private static final String STUDENT = "ROLE_" + Caller.STUDENT;
  private static final String COACH = "ROLE_" + Caller.COACH;
  private static final String TENANT_ADMIN = "ROLE_" + Caller.TENANT_ADMIN;
  private static final String PLATFORM_ADMIN = "ROLE_" + Caller.PLATFORM_ADMIN;

  @Bean
  SecurityWebFilterChain apiSecurity(
      ServerHttpSecurity http,
      ObjectProvider<ReactiveJwtDecoder> decoder,
      SecurityProperties properties,
      ServerAuthenticationEntryPoint unauthenticated,
      ServerAccessDeniedHandler forbidden) {
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        // stateless: no session is looked up to replay a request after a login
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .authorizeExchange(
            exchange ->
                exchange
                    .pathMatchers("/actuator/health/**", "/actuator/info")
                    .permitAll()
                    // metrics name tenants, processors and paths: platform staff only (a
                    // Prometheus scrapes with a service account's token that has the role)
                    .pathMatchers("/actuator/**")
                    .hasRole(Caller.PLATFORM_ADMIN)
                    .pathMatchers(
                        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/webjars/**")
                    .permitAll()
                    .pathMatchers("/api/v1/me")
                    .authenticated()
                    // calendar apps send no bearer token: the feed's own secret token opens it
                    .pathMatchers(HttpMethod.GET, "/api/v1/students/*/calendar.ics")
                    .permitAll()
                    // nudge e-mails' one-click unsubscribe: the link's own signature opens it
                    .pathMatchers("/api/v1/unsubscribe/*")
                    .permitAll()
                    .pathMatchers("/api/v1/students/*/calendar-token")
                    .hasAuthority(STUDENT)
                    .pathMatchers("/api/v1/tenants/**", "/api/v1/admin/**")
                    .hasRole(Caller.PLATFORM_ADMIN)
                    // a tenant-admin reads the tenant's audit, platform staff the platform's
                    .pathMatchers("/api/v1/audit/**")
                    .hasAnyAuthority(TENANT_ADMIN, PLATFORM_ADMIN)
                    .pathMatchers(
                        "/api/v1/reports/**",
                        "/api/v1/people/**",
                        "/api/v1/members",
                        "/api/v1/members/**",
                        "/api/v1/tenant/**")
                    .hasAuthority(TENANT_ADMIN)
                    .pathMatchers(
                        HttpMethod.PUT, "/api/v1/students/*/coach", "/api/v1/students/*/cohort")
                    .hasAuthority(TENANT_ADMIN)
                    .pathMatchers(HttpMethod.DELETE, "/api/v1/students/*/personal-data")
                    .hasAuthority(TENANT_ADMIN)
                    .pathMatchers(
                        HttpMethod.GET,
                        "/api/v1/students/*/export",
                        "/api/v1/students/*/disclosures")
                    .hasAnyAuthority(STUDENT, TENANT_ADMIN)
                    .pathMatchers(HttpMethod.POST, "/api/v1/students/*/coach-notes")
                    .hasAnyAuthority(COACH, TENANT_ADMIN)
                    .pathMatchers("/api/v1/coaches/me/**")
                    .hasAuthority(COACH)
                    .pathMatchers(
                        HttpMethod.DELETE, "/api/v1/relationships/*/contact/personal-data")
                    .hasAnyAuthority(STUDENT, TENANT_ADMIN)
                    .pathMatchers(HttpMethod.POST, "/api/v1/relationships/**", "/api/v1/chats/**")
                    .hasAuthority(STUDENT)
                    .pathMatchers(HttpMethod.PUT, "/api/v1/relationships/**")
                    .hasAuthority(STUDENT)
                    .pathMatchers("/api/v1/**")
                    .hasAuthority(CallerConverter.TENANT_MEMBER)
                    .anyExchange()
                    .permitAll())
        .oauth2ResourceServer(
            server ->
                server
                    .bearerTokenConverter(new BearerTokens())
                    .jwt(
                        jwt ->
                            jwt.authenticationManager(
                                TokenDecoderConfiguration.callers(decoder.getObject(), properties)))
                    .authenticationEntryPoint(unauthenticated)
                    .accessDeniedHandler(forbidden))
        .exceptionHandling(
            handling ->
                handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
        .build();
  }

  /**
   * Spring Security's firewall as it comes, with its header rule answered by {@link
   * HeaderCharacters} instead of a regular expression: the same characters pass.
   */
  @Bean
  ServerWebExchangeFirewall firewall() {
    StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
    firewall.setAllowedHeaderNames(HeaderCharacters.NAMES);
    firewall.setAllowedHeaderValues(HeaderCharacters.VALUES);
    return firewall;
  }

  /**
   * No observation around each security filter, the authentication and the authorization: they were
   * created (and, switched off, dropped) a dozen times per request. The request's own observation
   * ({@code http.server.requests}) stays.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }
}
