package io.rapport.gateway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How access tokens are checked.
 *
 * @param audience the audience every token must name
 * @param clockSkew how far token times may be off
 */
@ConfigurationProperties("rapport.security")
public record SecurityProperties(
    @DefaultValue("rapport-api") String audience, @DefaultValue("30s") Duration clockSkew) {}
