package io.rapport.query.api.tenant;

/** One onboarded tenant; platform staff only. */
public record FindTenantQuery(String tenantId) {}
