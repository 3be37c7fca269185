package io.rapport.gateway.tenant;

import io.rapport.command.api.tenant.TenantKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The shapes of the tenant calls' bodies; the rules about values are the domain's. */
final class TenantRequests {

  private TenantRequests() {}

  /** {@code POST /api/v1/tenants}. */
  record Onboarding(
      @NotBlank @Size(max = 63) String tenantId,
      @NotBlank @Size(max = 200) String name,
      @NotNull TenantKind kind,
      Integer thankYouWindowHours,
      @Size(max = 253) String domain) {}

  /** {@code PUT /api/v1/tenants/{tenantId}/thank-you-window}. */
  record ThankYouWindow(@NotNull Integer hours) {}
}
