package io.rapport.query.api.tenant;

import java.time.Instant;

/**
 * A tenant and its policy.
 *
 * @param kind {@code UNIVERSITY} or {@code BOOTCAMP}; null when unknown
 * @param domain the organization's internet domain, or null
 * @param thankYouWindowHours hours after a meeting within which a thank-you is on time
 * @param onboardedAt when it was onboarded through Rapport; null for an organization that was set
 *     up in the identity provider directly (and so has the default policy)
 * @param onboarded whether it was onboarded through Rapport
 */
public record TenantView(
    String tenantId,
    String name,
    String kind,
    String domain,
    int thankYouWindowHours,
    Instant onboardedAt,
    boolean onboarded) {}
