package io.rapport.gateway.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a query given a {@code Rapport-Position} waits for the read models.
 *
 * @param maxWait how long at most, then 503
 * @param pollInterval how often the read models' progress is looked at meanwhile
 */
@ConfigurationProperties("rapport.read-your-writes")
public record ReadYourWritesProperties(
    @DefaultValue("5s") Duration maxWait, @DefaultValue("20ms") Duration pollInterval) {}
