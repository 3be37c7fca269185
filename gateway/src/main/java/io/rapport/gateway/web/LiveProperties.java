package io.rapport.gateway.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the live timelines.
 *
 * @param heartbeat how often an idle stream sends a comment, so that proxies keep it open and a
 *     client notices a dead connection
 */
@ConfigurationProperties("rapport.live")
public record LiveProperties(@DefaultValue("15s") Duration heartbeat) {}
