package io.rapport.gateway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How access tokens are checked.
 *
 * @param audience the audience every token must name
 * @param clockSkew how far token times may be off
 * @param keys how the realm's signing keys are fetched and kept
 */
@ConfigurationProperties("rapport.security")
public record SecurityProperties(
    @DefaultValue("rapport-api") String audience,
    @DefaultValue("30s") Duration clockSkew,
    @DefaultValue Keys keys) {

  /**
   * @param maxAge how long fetched keys are trusted before they are fetched again: a key the realm
   *     revoked stops being trusted within this
   * @param refetchAtMostEvery how often a token with a key id not seen makes them fetched again
   * @param timeout how long one fetch may take
   */
  public record Keys(
      @DefaultValue("10m") Duration maxAge,
      @DefaultValue("30s") Duration refetchAtMostEvery,
      @DefaultValue("3s") Duration timeout) {}
}
