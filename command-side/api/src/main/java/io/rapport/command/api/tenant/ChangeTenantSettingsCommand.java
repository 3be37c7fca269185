package io.rapport.command.api.tenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A tenant-admin sets the tenant's own policies: the thank-you window (12–72 hours) and the cadence
 * a new relationship starts with (7–365 days).
 */
public record ChangeTenantSettingsCommand(
    @TargetAggregateIdentifier String tenantId, int thankYouWindowHours, int defaultCadenceDays) {}
