package io.rapport.query.app.audit;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.audit.RecordDeniedAccessCommand;
import io.rapport.query.app.store.TenantId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.MetaData;

/**
 * Which chains an event joins, and which chain a reader may read. An event stamped with a tenant
 * joins that tenant's chain. An event stamped with none was caused by platform staff (onboarding a
 * tenant, setting its policy), who belong to no tenant: it joins the chain of the platform, and the
 * chain of the tenant its payload names, if any, so that a tenant's history also tells what the
 * platform did to it. The platform's chain is that of the pseudo-tenant {@code _platform}, which
 * also holds the denied attempts of callers without a tenant; only platform staff read it, and a
 * tenant-admin reads only the chain of the token's tenant.
 */
final class AuditChains {

  static final TenantId PLATFORM = new TenantId(RecordDeniedAccessCommand.PLATFORM_TENANT);

  private static final String TENANT_ADMIN = "tenant-admin";
  private static final String PLATFORM_ADMIN = "platform-admin";

  private AuditChains() {}

  /** The chains the event joins, in the order it is appended to them. */
  static List<TenantId> of(Object payload, MetaData metaData) {
    String stamped = text(metaData.get(Stamp.TENANT_ID.key()));
    if (stamped != null) {
      return List.of(new TenantId(stamped));
    }
    Set<TenantId> chains = new LinkedHashSet<>();
    String named = component(payload, "tenantId");
    if (named != null && !named.isBlank()) {
      chains.add(new TenantId(named));
    }
    chains.add(PLATFORM);
    return List.copyOf(chains);
  }

  /**
   * The chain the reader of a query may read: a tenant-admin their tenant's, platform staff (whose
   * token names no tenant) the platform's; empty for anyone else.
   */
  static Optional<TenantId> readableBy(MetaData metaData) {
    String tenant = text(metaData.get(Stamp.TENANT_ID.key()));
    if (tenant != null) {
      return hasRole(metaData, TENANT_ADMIN) && !PLATFORM.value().equals(tenant)
          ? Optional.of(new TenantId(tenant))
          : Optional.empty();
    }
    return hasRole(metaData, PLATFORM_ADMIN) ? Optional.of(PLATFORM) : Optional.empty();
  }

  /** The text of the payload's record component of that name; null when it has none. */
  static String component(Object payload, String name) {
    if (payload != null && payload.getClass().isRecord()) {
      for (var component : payload.getClass().getRecordComponents()) {
        if (component.getName().equals(name)) {
          try {
            Object value = component.getAccessor().invoke(payload);
            return value == null ? null : value.toString();
          } catch (ReflectiveOperationException e) {
            return null;
          }
        }
      }
    }
    return null;
  }

  private static boolean hasRole(MetaData metaData, String role) {
    return metaData.get(Stamp.ROLES.key()) instanceof Collection<?> roles
        && roles.stream().map(String::valueOf).anyMatch(role::equals);
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
