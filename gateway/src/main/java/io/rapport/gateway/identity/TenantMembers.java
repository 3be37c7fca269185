package io.rapport.gateway.identity;

import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Who belongs to a tenant, and with which roles, as the identity provider says: a tenant-admin may
 * enrol or assign only people of their own organization. The application supplies it.
 */
public interface TenantMembers {

  /** The realm roles of the user if they are a member of the tenant; empty otherwise. */
  Mono<Set<String>> rolesOf(String tenantId, String userId);
}
