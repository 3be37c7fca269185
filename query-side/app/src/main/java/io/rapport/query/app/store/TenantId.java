package io.rapport.query.app.store;

import io.rapport.command.api.Stamp;
import java.util.Objects;
import org.axonframework.messaging.Message;

/** The tenant every read-model lookup and write is bound to; it cannot be absent. */
public record TenantId(String value) {

  /**
   * The one name of the tenant: the metadata key the gateway stamps on every command and query (and
   * every event carries on), and the field every read-model document carries.
   */
  public static final String KEY = Stamp.TENANT_ID.key();

  public TenantId {
    Objects.requireNonNull(value, "a read-model query needs a tenant");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a read-model query needs a tenant");
    }
  }

  /** The tenant stamped on a message; a message without one is refused. */
  public static TenantId of(Message<?> message) {
    Object tenant = message.getMetaData().get(KEY);
    return new TenantId(tenant == null ? null : tenant.toString());
  }

  /** The key of a document that belongs to this tenant and the given parts. */
  public String key(String... parts) {
    return value + "|" + String.join("|", parts);
  }
}
