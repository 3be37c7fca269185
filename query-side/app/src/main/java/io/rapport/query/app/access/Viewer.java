package io.rapport.query.app.access;

import io.rapport.command.api.Stamp;
import io.rapport.query.app.store.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.MetaData;

/** Who is reading: their tenant, their id and their roles, as the gateway stamped them. */
public record Viewer(TenantId tenant, String userId, Set<String> roles) {

  /** The viewer stamped on a query; a query without a tenant is refused. */
  public static Viewer of(MetaData metaData) {
    Object tenant = metaData.get(Stamp.TENANT_ID.key());
    Object user = metaData.get(Stamp.USER_ID.key());
    Object roles = metaData.get(Stamp.ROLES.key());
    return new Viewer(
        new TenantId(tenant == null ? null : tenant.toString()),
        user == null ? null : user.toString(),
        roles instanceof Collection<?> list
            ? Set.copyOf(list.stream().map(String::valueOf).toList())
            : Set.copyOf(List.<String>of()));
  }
}
