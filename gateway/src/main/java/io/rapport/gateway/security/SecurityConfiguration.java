package io.rapport.gateway.security;

import io.rapport.gateway.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/**
 * Every API call needs a valid Keycloak access token. Tenant endpoints need a caller within a
 * tenant; the student's own actions need the student role; platform endpoints need platform staff.
 * Finer rules (whose records a caller may read) belong to the read side.
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfiguration {

  private static final String STUDENT = "ROLE_" + Caller.STUDENT;

  @Bean
  SecurityWebFilterChain apiSecurity(
      ServerHttpSecurity http, ObjectProvider<ReactiveJwtDecoder> decoder, ProblemWriter problems) {
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .authorizeExchange(
            exchange ->
                exchange
                    .pathMatchers("/actuator/health/**", "/actuator/prometheus", "/actuator/info")
                    .permitAll()
                    .pathMatchers(
                        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/webjars/**")
                    .permitAll()
                    .pathMatchers("/api/v1/me")
                    .authenticated()
                    .pathMatchers("/api/v1/tenants/**", "/api/v1/admin/**")
                    .hasRole(Caller.PLATFORM_ADMIN)
                    .pathMatchers(HttpMethod.POST, "/api/v1/relationships/**", "/api/v1/chats/**")
                    .hasAuthority(STUDENT)
                    .pathMatchers(HttpMethod.PUT, "/api/v1/relationships/**")
                    .hasAuthority(STUDENT)
                    .pathMatchers(HttpMethod.DELETE, "/api/v1/relationships/**")
                    .hasAuthority(STUDENT)
                    .pathMatchers("/api/v1/**")
                    .hasAuthority(CallerConverter.TENANT_MEMBER)
                    .anyExchange()
                    .permitAll())
        .oauth2ResourceServer(
            server ->
                server
                    .jwt(
                        jwt ->
                            jwt.jwtDecoder(decoder.getObject())
                                .jwtAuthenticationConverter(new CallerConverter()))
                    .authenticationEntryPoint(
                        (exchange, e) ->
                            problems.write(
                                exchange,
                                HttpStatus.UNAUTHORIZED,
                                "unauthenticated",
                                "A valid access token is required."))
                    .accessDeniedHandler(
                        (exchange, e) ->
                            problems.write(
                                exchange,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "Your role does not allow this.")))
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(
                        (exchange, e) ->
                            problems.write(
                                exchange,
                                HttpStatus.UNAUTHORIZED,
                                "unauthenticated",
                                "A valid access token is required."))
                    .accessDeniedHandler(
                        (exchange, e) ->
                            problems.write(
                                exchange,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "Your role does not allow this.")))
        .build();
  }
}
