package io.rapport.query.app;

import java.util.List;

/**
 * Who sends a command or asks a query, as the gateway stamps it: the tenant (none for platform
 * staff), the user and the realm roles.
 */
public record Actor(String tenantId, String userId, List<String> roles) {

  public static Actor student(String tenantId, String userId) {
    return new Actor(tenantId, userId, List.of("student"));
  }

  public static Actor coach(String tenantId, String userId) {
    return new Actor(tenantId, userId, List.of("coach"));
  }

  public static Actor tenantAdmin(String tenantId, String userId) {
    return new Actor(tenantId, userId, List.of("tenant-admin"));
  }

  public static Actor platformAdmin(String userId) {
    return new Actor(null, userId, List.of("platform-admin"));
  }
}
