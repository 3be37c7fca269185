package io.rapport.gateway.student;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the live timelines.
 *
 * @param heartbeat how often an idle stream sends a comment, so that proxies keep it open and a
 *     client notices a dead connection
 * @param perUser how many streams one person may hold open at once (tabs, devices)
 * @param perTenant how many streams the people of one tenant may hold open at once
 * @param remembered how many positions a stream remembers having sent, to send none twice
 */
@Validated
@ConfigurationProperties("rapport.live")
public record LiveProperties(
    @DefaultValue("15s") Duration heartbeat,
    @DefaultValue("5") @Min(1) int perUser,
    @DefaultValue("1000") @Min(1) int perTenant,
    @DefaultValue("1024") @Min(16) int remembered) {}
