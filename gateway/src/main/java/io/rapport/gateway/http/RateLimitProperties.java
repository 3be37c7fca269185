package io.rapport.gateway.http;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many API requests a tenant may send, so that one tenant's flood does not slow the others.
 *
 * @param perTenant requests per second for all the people of one tenant together (platform staff,
 *     who have no tenant, count each on their own)
 */
@Validated
@ConfigurationProperties("rapport.rate-limit")
public record RateLimitProperties(@DefaultValue("300") @Min(1) int perTenant) {}
