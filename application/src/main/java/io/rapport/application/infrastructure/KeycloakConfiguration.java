package io.rapport.application.infrastructure;

import io.rapport.gateway.security.IssuerEndpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The identity provider: the configured realm, or the embedded Keycloak that {@code infra/embedded}
 * starts (and reports the health of) when no issuer is configured.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakConfiguration {

  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

  @Bean
  IssuerEndpoint issuerEndpoint(InfrastructureProperties properties) {
    InfrastructureProperties.Keycloak keycloak = properties.keycloak();
    if (!keycloak.external() && !EmbeddedServers.inThisBuild()) {
      throw EmbeddedServers.missing("RAPPORT_ISSUER_URI");
    }
    return new IssuerEndpoint(keycloak.issuer());
  }

  /** Up while the external realm's discovery document loads within two seconds. */
  @Bean
  @ConditionalOnExternalServer("rapport.keycloak.issuer-uri")
  HealthIndicator keycloak(IssuerEndpoint issuer) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(HEALTH_TIMEOUT)
            .build();
    return () ->
        (discoveryAnswers(http, issuer) ? Health.up() : Health.down())
            .withDetail("mode", "external")
            .withDetail("issuer", issuer.issuerUri())
            .build();
  }

  private static boolean discoveryAnswers(HttpClient http, IssuerEndpoint issuer) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(issuer.issuerUri() + "/.well-known/openid-configuration"))
              .timeout(HEALTH_TIMEOUT)
              .GET()
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
