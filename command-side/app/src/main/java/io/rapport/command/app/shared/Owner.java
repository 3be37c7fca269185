package io.rapport.command.app.shared;

import io.rapport.command.api.Stamp;
import java.util.Collection;
import java.util.Objects;
import org.axonframework.messaging.MetaData;

/**
 * The tenant and student an aggregate belongs to. A command stamped with another tenant or, for the
 * student's own actions, another user, is refused as if the aggregate did not exist.
 */
public record Owner(String tenantId, String studentId) {

  /** The owner named by a message's metadata and the student it concerns. */
  public static Owner of(MetaData metaData, String studentId) {
    return new Owner(tenantOf(metaData), studentId);
  }

  /** The tenant stamped on a message; refuses a message that carries none. */
  public static String tenantOf(MetaData metaData) {
    Object tenant = metaData.get(Stamp.TENANT_ID.key());
    if (tenant == null) {
      throw Refusals.notFound("tenant");
    }
    return tenant.toString();
  }

  /** True when the message comes from an admin of this owner's tenant. */
  public boolean isTenantAdmin(MetaData metaData) {
    return tenantId.equals(metaData.get(Stamp.TENANT_ID.key()))
        && metaData.get(Stamp.ROLES.key()) instanceof Collection<?> roles
        && roles.contains("tenant-admin");
  }

  /** True when the message comes from this owner's tenant and from the student themselves. */
  public boolean isActingStudent(MetaData metaData) {
    return tenantId.equals(metaData.get(Stamp.TENANT_ID.key()))
        && Objects.equals(studentId, metaData.get(Stamp.USER_ID.key()));
  }
}
