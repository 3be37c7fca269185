package io.rapport.command.api.tenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A platform-admin onboards a tenant: the tenant is recorded and its organization created in the
 * identity provider, with the tenant id as the organization's alias.
 *
 * @param thankYouWindowHours hours after a meeting within which a thank-you is on time; null for
 *     the default of 24
 * @param domain an internet domain of the tenant's organization, e.g. {@code northfield.edu}; null
 *     for none
 */
public record OnboardTenantCommand(
    @TargetAggregateIdentifier String tenantId,
    String name,
    TenantKind kind,
    Integer thankYouWindowHours,
    String domain) {}
