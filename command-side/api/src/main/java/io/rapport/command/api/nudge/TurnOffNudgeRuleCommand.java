package io.rapport.command.api.nudge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The one-click unsubscribe of a nudge's e-mail: the person wants no more nudges of the rule. */
public record TurnOffNudgeRuleCommand(@TargetAggregateIdentifier String inboxId, NudgeRule rule) {}
