package io.rapport.gateway.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an API request may take, and how slowly a client may send one.
 *
 * @param requestTimeout after this, a request still unanswered (a part Rapport runs on stalled) is
 *     answered 503 with {@code Retry-After}; live streams and exports are not bounded
 * @param headerTimeout a request whose line and headers have not all arrived this long after its
 *     first byte closes the connection (a client trickling its headers holds nothing for long)
 * @param bodyTimeout the longest a request's body may take to arrive, all of it
 * @param bodyReadTimeout the longest pause between two parts of a request's body
 */
@ConfigurationProperties("rapport.http")
public record RequestDeadlineProperties(
    @DefaultValue("15s") Duration requestTimeout,
    @DefaultValue("10s") Duration headerTimeout,
    @DefaultValue("60s") Duration bodyTimeout,
    @DefaultValue("10s") Duration bodyReadTimeout) {}
