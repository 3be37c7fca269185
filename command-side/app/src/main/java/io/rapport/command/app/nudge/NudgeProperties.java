package io.rapport.command.app.nudge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the nudge policy.
 *
 * @param enabled whether this node sends the nudges that are due (any number of nodes may)
 * @param checkEvery how often the plan is checked for nudges that are due
 */
@ConfigurationProperties("rapport.nudges")
public record NudgeProperties(
    @DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration checkEvery) {}
