package io.rapport.command.api.tenant;

import io.rapport.command.api.nudge.NudgePolicy;
import org.axonframework.serialization.Revision;

/**
 * A tenant-admin changed the tenant's policies; each field holds its new value ({@code nudges} is
 * null in events recorded before nudges existed: the defaults).
 */
@Revision("1")
public record TenantSettingsChangedEvent(
    String tenantId, int thankYouWindowHours, int defaultCadenceDays, NudgePolicy nudges) {}
