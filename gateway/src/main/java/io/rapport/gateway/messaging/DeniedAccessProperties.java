package io.rapport.gateway.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How denied attempts are recorded in the audit history.
 *
 * @param deniedWindow a caller's first denied attempt of a kind is recorded at once; the repeats
 *     within this window are recorded as one entry with their count
 */
@ConfigurationProperties("rapport.audit")
public record DeniedAccessProperties(@DefaultValue("1m") Duration deniedWindow) {}
