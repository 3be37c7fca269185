package io.rapport.command.app.consistency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of idempotent commands.
 *
 * @param keepFor how long a key is kept (and a repeat answered from it)
 * @param cleanupEvery how often keys older than that are removed
 */
@ConfigurationProperties("rapport.idempotency")
public record IdempotencyProperties(
    @DefaultValue("24h") Duration keepFor, @DefaultValue("1h") Duration cleanupEvery) {}
