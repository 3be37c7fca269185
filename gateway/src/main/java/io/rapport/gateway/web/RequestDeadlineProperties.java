package io.rapport.gateway.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an API request may take.
 *
 * @param requestTimeout after this, a request still unanswered (a part Rapport runs on stalled) is
 *     answered 503 with {@code Retry-After}; live streams and exports are not bounded
 */
@ConfigurationProperties("rapport.http")
public record RequestDeadlineProperties(@DefaultValue("15s") Duration requestTimeout) {}
