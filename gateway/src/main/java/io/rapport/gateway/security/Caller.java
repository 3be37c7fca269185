package io.rapport.gateway.security;

import java.util.Set;

/**
 * Who is calling, as their access token says: the tenant is the token's organization (null for
 * platform staff, who belong to none), the user its subject.
 */
public record Caller(
    String userId, String tenantId, Set<String> roles, String username, String name, String email) {

  public static final String STUDENT = "student";
  public static final String COACH = "coach";
  public static final String TENANT_ADMIN = "tenant-admin";
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** Whether the caller acts within a tenant. */
  public boolean hasTenant() {
    return tenantId != null;
  }
}
