package io.rapport.query.api.tenant;

import java.util.List;

/**
 * Tenants by id.
 *
 * @param defaultThankYouWindowHours the window of a tenant that has no policy of its own
 */
public record TenantList(List<TenantView> items, int defaultThankYouWindowHours) {}
