package io.rapport.command.api.tenant;

import io.rapport.command.api.nudge.NudgePolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A tenant-admin sets the tenant's own policies: the thank-you window (12–72 hours), the cadence a
 * new relationship starts with (7–365 days) and its nudges ({@code null}: as they are).
 */
public record ChangeTenantSettingsCommand(
    @TargetAggregateIdentifier String tenantId,
    int thankYouWindowHours,
    int defaultCadenceDays,
    NudgePolicy nudges) {}
