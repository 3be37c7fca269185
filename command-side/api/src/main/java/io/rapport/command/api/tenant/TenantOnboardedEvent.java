package io.rapport.command.api.tenant;

import org.axonframework.serialization.Revision;

/**
 * A tenant was onboarded and its organization created.
 *
 * @param domain the organization's internet domain, or null
 */
@Revision("1")
public record TenantOnboardedEvent(
    String tenantId, String name, TenantKind kind, int thankYouWindowHours, String domain) {}
