package io.rapport.command.api.tenant;

import org.axonframework.serialization.Revision;

/** A tenant-admin changed the tenant's policies; each field holds its new value. */
@Revision("1")
public record TenantSettingsChangedEvent(
    String tenantId, int thankYouWindowHours, int defaultCadenceDays) {}
